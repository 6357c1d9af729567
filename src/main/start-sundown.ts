/** The composition root: every adapter created and wired here, and nowhere else. */
import { randomUUID } from 'node:crypto'
import { release } from 'node:os'
import { app, dialog, ipcMain, powerMonitor, shell, type NativeTheme } from 'electron'
import { datesOfMonth, planOfDay, replayDay } from '../core'
import { channelOf } from '../shared/ipc-channels'
import type { Clock } from './clock'
import { createCommandHandlers } from './command-handlers'
import { createDataTransfer } from './data-transfer-dialogs'
import { createDayService } from './day-service'
import { displaySessionOf, type DisplaySession } from './display-session'
import { createAppNapGuard } from './electron-app-nap-guard'
import { applyApplicationMenu } from './electron-application-menu'
import { createElectronTray } from './electron-tray'
import { createGlobalShortcut } from './global-shortcut'
import { createHeartbeat } from './heartbeat'
import { setupIpcHandlers } from './ipc-handlers'
import { setLaunchAtLogin } from './launch-at-login'
import { localizationFor } from './localization'
import { startUpLine, type Logger } from './logger'
import { bundleHasCodeSignature } from './macos-code-signature'
import { summarizeStoredMonth } from './month-service'
import { setupPresence } from './power-monitor-presence'
import { promptIsDueSoon } from './prompt-wake-window'
import { setupPrompts, type PromptWiring } from './prompts'
import { isTrustedSender } from './secure-window'
import { setupStorage } from './storage'
import { trayPanelIsDark } from './tray-icon-paths'
import { createViewWindows } from './view-windows'
import { onWindowsSessionEnd } from './windows-session-end'
import { createZoneTracker } from './zone-tracker'

/** What differs between a real launch and a test: clock, zone, paths, platform. */
export interface SundownEnvironment {
  clock: Clock
  /** The zone at launch, read once: Electron's main process keeps it however the OS changes. */
  zone: () => string
  /** The OS zone as it is now, where it can be read (macOS, Linux); see os-time-zone.ts. */
  osZone?: () => string | null
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  userDataDir: string
  documentsDir: string
  homeDir: string
  execPath: string
  resourcesDir: string
  locale: string
  nativeTheme: Pick<
    NativeTheme,
    'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'on'
  >
  displays?: PromptWiring['displays']
  /** Where main writes what happened, and the folder the tray's "Open log folder" opens. */
  logging: { logger: Logger; folder: string }
  /** How Electron draws here, as decided before `ready`; read from `env` when not given. */
  display?: DisplaySession
}

/** Starts Sundown: storage, the day, IPC, prompts, presence, heartbeat, tray, shortcut, login item. */
export function startSundown(environment: SundownEnvironment) {
  const { clock, platform } = environment
  const { logger } = environment.logging
  logger.info(
    startUpLine({
      appVersion: app.getVersion(),
      platform,
      osRelease: release(),
      arch: process.arch,
      versions: process.versions,
      locale: environment.locale,
      env: environment.env,
    }),
  )
  const storage = setupStorage(environment.userDataDir, clock, logger)
  // Told once, in a dialog and in the tray's tooltip for this run.
  const damaged = storage.unreportedDamage()
  const settings = () => storage.settings.read()
  // Re-read at every settings save: the language setting against the system's preferred languages.
  const resolveLocalization = () =>
    localizationFor(settings().language, app.getPreferredSystemLanguages(), environment.locale)
  let localization = resolveLocalization()
  const messages = () => localization.messages
  let undelivered = false
  // Before any window exists: on Windows and Linux a window made earlier keeps Electron's default menu.
  applyApplicationMenu(platform, messages())
  const display =
    environment.display ?? displaySessionOf({ platform, env: environment.env, argv: [] })
  // Travel: the OS (read on each watchdog tick and on resume) or the popover's Chromium reports a
  // new zone, and today's end and the next prompt move with it.
  const zones = createZoneTracker(environment.zone(), () => day.changed())
  const zone = zones.current
  const windows = createViewWindows({
    platform,
    placesWindows: display.placesWindows,
    now: clock.now,
    title: (view) => messages().common.viewTitles[view],
  })
  const presence = setupPresence({
    powerMonitor,
    clock,
    platform,
    env: environment.env,
    record: (signal) => day.record(signal),
    onChange: () => scheduler.replan(),
    idle: {
      shouldWatch: () => idleMatters(),
      awayThresholdMinutes: () => settings().awayThresholdMinutes,
    },
  })
  const day = createDayService({
    now: clock.now,
    zone,
    settings,
    log: storage.days,
    memory: storage.appState,
    newId: randomUUID,
    idleDetection: () => presence.idleDetection(),
    undeliveredPrompt: () => undelivered,
    localization: () => localization,
  })
  // Per-tick checks need only today's record, not the whole state the windows are sent.
  const todayRecord = () => day.dayAt(day.dateOf(clock.now())).record
  const idleMatters = () => {
    const record = todayRecord()
    const windDownAt =
      record.endAt === null ? null : record.endAt - settings().headsUpMinutes * 60_000
    return record.verdict === 'open' && windDownAt !== null && clock.now() >= windDownAt
  }
  const actions = {
    checkIn: () => windows.show('popover'),
    startRitual: () => windows.show('ritual'),
    snooze: () => void day.record({ type: 'snoozed', minutes: settings().snoozeMinutes }),
    stayLate: () => windows.show('popover'),
    declareDayOff: () => void day.record({ type: 'day-off' }),
    openMonth: () => windows.show('month'),
    openSettings: () => windows.show('settings'),
    openLogFolder: () =>
      void shell.openPath(environment.logging.folder).then((problem) => {
        if (problem) logger.warn(`Could not open the log folder: ${problem}`)
      }),
    pauseReminders: () => void day.record({ type: 'reminders-paused' }),
    quit: () => app.quit(),
  }
  const appNap = createAppNapGuard(platform)
  const scheduler = setupPrompts({
    clock,
    day,
    localization: () => localization,
    onOpenRitual: actions.startRitual,
    onAction: (action) =>
      action === 'snooze'
        ? actions.snooze()
        : action === 'stay-late'
          ? actions.stayLate()
          : actions.startRitual(),
    onUndelivered: () => {
      undelivered = true
      day.changed()
    },
    logger,
    displays: environment.displays,
    notificationBuild: {
      platform,
      packaged: app.isPackaged,
      signed: platform === 'darwin' && bundleHasCodeSignature(environment.execPath),
    },
    // The watchdog is the app's one periodic timer: the heartbeat and the idle poll ride on its ticks.
    ticks: {
      onTick: () => {
        heartbeat.maybeBeat()
        presence.pollIdle()
        zones.observe(environment.osZone?.())
      },
      watchClosely: () => presence.isWatchingIdle(),
      // macOS must not nap the app while a prompt nears: every plan says whether one does.
      onPlanned: (wake, now) =>
        appNap.update(promptIsDueSoon(now, wake.next, settings().headsUpMinutes)),
    },
  })
  const heartbeat = createHeartbeat({
    clock,
    isOpen: () => todayRecord().verdict === 'open',
    beat: () => day.beat(),
  })
  const tray = createElectronTray({
    platform,
    resourcesDir: environment.resourcesDir,
    words: () => localization,
    darkPanel: () =>
      trayPanelIsDark({ platform, env: environment.env, theme: environment.nativeTheme }),
    handlers: actions,
    onToggle: (bounds) => windows.togglePopover(bounds),
    // The paths are in the dialog: in the tooltip they would crowd out the day's status.
    notice: () => (damaged.length > 0 ? messages().main.tooltip.damaged : null),
  })
  const shortcut = createGlobalShortcut(() => windows.show('popover'))
  const transfer = createDataTransfer(
    storage,
    clock,
    environment.documentsDir,
    () =>
      storage.days
        .allDays()
        .map(({ date, events }) =>
          replayDay(planOfDay(settings(), date, zone(), events), events, settings(), clock.now()),
        ),
    messages,
  )
  const applySettings = () => {
    localization = resolveLocalization()
    applyApplicationMenu(platform, messages())
    // At launch another app may have taken the keys since they were saved: on record, not silent.
    const refused = shortcut.apply(settings().shortcut)
    if (refused)
      logger.warn(`The shortcut ${settings().shortcut} could not be registered: ${refused.code}.`)
    setLaunchAtLogin(settings().launchAtLogin, {
      platform,
      app,
      env: environment.env,
      homeDir: environment.homeDir,
      execPath: environment.execPath,
    })
  }
  setupIpcHandlers(
    ipcMain,
    createCommandHandlers({
      day,
      settings: {
        read: settings,
        write: (next) => {
          // Keys the desktop refuses are refused at save, next to the field; the working ones stay.
          const refused = shortcut.apply(next.shortcut)
          if (refused) return { ok: false, errors: [{ field: 'shortcut', problem: refused }] }
          const result = storage.settings.write(next)
          if (result.ok) applySettings()
          else shortcut.apply(settings().shortcut)
          return result
        },
      },
      month: (month) =>
        summarizeStoredMonth(
          {
            now: clock.now,
            zone,
            settings,
            eventsFor: (date) => storage.days.eventsFor(date),
            today: () => day.dateOf(clock.now()),
          },
          month,
        ),
      saveMonthReview: (month, answer) =>
        void day.record({ type: 'month-reviewed', month, answer }, datesOfMonth(month).at(-1)),
      views: windows,
      zones,
      transfer,
      messages,
    }),
    (url) => isTrustedSender(url),
  )
  day.onChange((today) => {
    if (today.record.verdict === 'settled') undelivered = false
    windows.broadcast(channelOf('todayChanged'), today)
    tray.update(today)
    // Idle watching first: the re-plan reads it to choose the watchdog's cadence.
    if (idleMatters()) presence.startIdleWatch()
    else presence.stopIdleWatch()
    scheduler.replan()
    heartbeat.maybeBeat()
  })
  powerMonitor.on('resume', () => {
    // A flight usually ends in a resume: a new zone re-plans through day.changed().
    zones.observe(environment.osZone?.())
    scheduler.replan()
  })
  powerMonitor.on('unlock-screen', () => scheduler.replan())
  environment.nativeTheme.on('updated', () => tray.update(day.today()))
  app.on('before-quit', () => {
    logger.info('Sundown is quitting.')
    day.record({ type: 'away', reason: 'quit' })
  })
  // Windows' shutdown and log-off end the process without 'before-quit'.
  onWindowsSessionEnd(platform, (reason) => day.record({ type: 'away', reason }))
  // Opened again from Finder, Spotlight or the Dock (macOS): the running Sundown shows its popover.
  app.on('activate', () => windows.show('popover'))
  applySettings()
  day.record({ type: 'app-started' })
  day.settleEarlierDays()
  scheduler.replan()
  for (const movedTo of damaged) {
    storage.appState.markDamageReported(movedTo)
    void dialog.showMessageBox({
      type: 'warning',
      message: messages().main.dialogs.damagedTitle,
      detail: messages().main.dialogs.damagedDetail({ path: movedTo }),
    })
  }
  return { day, storage, windows, scheduler, tray, presence, heartbeat }
}
