/** The composition root: every adapter created here in dependency order (stores, day, watching, prompts, shell), and nowhere else. */
import { randomUUID } from 'node:crypto'
import { release } from 'node:os'
import { app, dialog, type NativeTheme } from 'electron'
import type { Clock } from './clock'
import { createDayService } from './day-service'
import { createDisposers } from './disposers'
import { displaySessionOf, type DisplaySession } from './display-session'
import { createAppNapGuard } from './electron-app-nap-guard'
import { applyApplicationMenu } from './electron-application-menu'
import { createLanguage } from './localization'
import type { OsClock } from '../shared/format/hour-cycle'
import { startUpLine, type Logger } from './logger'
import { bundleHasCodeSignature } from './macos-code-signature'
import { createIdleDetection } from './power-monitor-presence'
import { promptIsDueSoon } from './prompt-wake-window'
import { setupPrompts, type PromptWiring } from './prompts'
import { setupCommands } from './setup-commands'
import { setupShell } from './setup-shell'
import { setupSync } from './setup-sync'
import { rolesOf } from './sync-devices-state'
import { setupWatching } from './setup-watching'
import { setupStorage } from './storage'
import { createUndeliveredPrompt } from './undelivered-prompt'
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
  /** What the OS says of the user's 12/24-hour clock (src/main/electron-os-clock.ts); none: the locale decides. */
  osClock?: () => OsClock
  nativeTheme: Pick<
    NativeTheme,
    'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'on' | 'removeListener'
  >
  displays?: PromptWiring['displays']
  /** Where main writes what happened, and the folder the tray's "Open log folder" opens. */
  logging: { logger: Logger; folder: string }
  /** How Electron draws here, as decided before `ready`; read from `env` when not given. */
  display?: DisplaySession
}

/** Starts Sundown; `dispose()` takes off every listener, handler, timer and window it added. */
export function startSundown(environment: SundownEnvironment) {
  const { clock, platform, env } = environment
  const { logger } = environment.logging
  const disposers = createDisposers()
  logger.info(
    startUpLine({
      appVersion: app.getVersion(),
      platform,
      osRelease: release(),
      arch: process.arch,
      versions: process.versions,
      locale: environment.locale,
      env,
    }),
  )

  // 1. The stores, and the damaged files found opening them (told once, below).
  const storage = setupStorage(environment.userDataDir, clock, logger)
  const damaged = storage.unreportedDamage()
  const settings = () => storage.settings.read()
  const language = createLanguage(
    () => settings().language,
    () => app.getPreferredSystemLanguages(),
    environment.locale,
  )
  // Before any window exists: on Windows and Linux a window made earlier keeps Electron's default menu.
  applyApplicationMenu(platform, language.current().messages)

  // 2. The day: its events, and the facts today's state shows beside them.
  const zones = createZoneTracker(environment.zone())
  const idleDetection = createIdleDetection(platform, env)
  const undelivered = createUndeliveredPrompt()
  const day = createDayService({
    now: clock.now,
    zone: zones.current,
    settings,
    log: storage.days,
    memory: storage.appState,
    newId: randomUUID,
    idleDetection: idleDetection.current,
    undeliveredPrompt: undelivered.current,
    localization: language.current,
    osClock: environment.osClock,
    roles: () => rolesOf(storage.identity.read()),
  })
  // Travel: the OS or the popover's Chromium reports a new zone; today's end moves with it.
  disposers.add(zones.onChange(() => day.changed()))

  // 3. Presence and heartbeat.
  const watching = setupWatching({
    clock,
    platform,
    env,
    day,
    settings,
    detection: idleDetection,
    zones,
    osZone: environment.osZone,
    disposers,
  })

  // 4. The prompts: one timer, one watchdog; the heartbeat and the idle poll ride on its ticks.
  const onTicks = [watching.tick]
  const appNap = createAppNapGuard(platform)
  disposers.add(() => appNap.dispose())
  const prompts = setupPrompts({
    clock,
    day,
    localization: language.current,
    undelivered,
    logger,
    displays: environment.displays,
    notificationBuild: {
      platform,
      packaged: app.isPackaged,
      signed: platform === 'darwin' && bundleHasCodeSignature(environment.execPath),
    },
    // The sync folder's check rides on the same ticks; the sync is made after the shell it tells.
    ticks: {
      onTick: () => {
        for (const tick of onTicks) tick()
      },
      watchClosely: watching.watchingClosely,
    },
    // macOS must not nap the app while a prompt nears: every plan says whether one does.
    onPlanned: (wake, now) =>
      appNap.update(promptIsDueSoon(now, wake.next, settings().headsUpMinutes)),
  })
  disposers.add(() => prompts.scheduler.dispose())

  // 5. The shell: windows, tray, shortcut, and the commands the windows send.
  const shell = setupShell({
    clock,
    platform,
    env,
    placesWindows: (environment.display ?? displaySessionOf({ platform, env, argv: [] }))
      .placesWindows,
    resourcesDir: environment.resourcesDir,
    homeDir: environment.homeDir,
    execPath: environment.execPath,
    nativeTheme: environment.nativeTheme,
    logging: environment.logging,
    day,
    settings,
    language,
    prompts,
    // The paths are in the dialog: in the tooltip they would crowd out the day's status.
    notice: () => (damaged.length > 0 ? language.current().messages.main.tooltip.damaged : null),
    disposers,
  })
  // 6. The sync folder: this device's events and settings out, the other devices' in.
  const sync = setupSync({
    clock,
    platform,
    storage,
    day,
    shell,
    language,
    logger,
    disposers,
  })
  onTicks.push(sync.tick)
  setupCommands({
    clock,
    documentsDir: environment.documentsDir,
    storage,
    settings,
    day,
    zones,
    language,
    shell,
    disposers,
    logger,
    devices: sync.commands,
  })

  // Every change of the day, in this order: idle watching first (the re-plan reads it for the
  // watchdog's cadence), then what the user sees, then the re-plan, whose due prompt may record
  // another change: that one is shown in full before this call returns, and nothing runs after it.
  disposers.add(
    day.onChange((today) => {
      undelivered.follow(today.record)
      watching.follow(today)
      shell.show(today)
      prompts.scheduler.replan()
    }),
  )

  shell.applySettings()
  day.record({ type: 'app-started' })
  day.settleEarlierDays()
  // Everything listens now: what the other devices wrote meanwhile is merged and shown.
  sync.start()
  for (const movedTo of damaged) {
    storage.appState.markDamageReported(movedTo)
    void dialog.showMessageBox({
      type: 'warning',
      message: language.current().messages.main.dialogs.damagedTitle,
      detail: language.current().messages.main.dialogs.damagedDetail({ path: movedTo }),
    })
  }
  return { day, windows: shell.windows, dispose: disposers.dispose }
}
