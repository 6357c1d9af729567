/** The shell: the windows, the tray, the global shortcut, and the settings that reach the desktop (menu, keys, login item). */
import { app, shell as desktop, type NativeTheme } from 'electron'
import type { Settings } from '../core'
import type { TodayState } from '../shared/ipc-contract'
import { channelOf } from '../shared/ipc-channels'
import type { Clock } from './clock'
import type { DayService } from './day-service'
import type { Disposers } from './disposers'
import { applyApplicationMenu } from './electron-application-menu'
import { createElectronTray } from './electron-tray'
import { createGlobalShortcut, type GlobalShortcut } from './global-shortcut'
import { setLaunchAtLogin } from './launch-at-login'
import type { Language } from './localization'
import type { Logger } from './logger'
import type { PromptResponse, Prompts } from './prompts'
import { trayPanelIsDark } from './tray-icon-paths'
import { createViewWindows, type ViewWindows } from './view-windows'
import { onWindowsSessionEnd } from './windows-session-end'

/** What the shell shows and where its actions lead. */
export interface ShellWiring {
  clock: Clock
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  /** False on Wayland, where the compositor places every window. */
  placesWindows: boolean
  resourcesDir: string
  homeDir: string
  execPath: string
  nativeTheme: Pick<
    NativeTheme,
    'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'on' | 'removeListener'
  >
  logging: { logger: Logger; folder: string }
  day: DayService
  settings: () => Settings
  language: Language
  prompts: Prompts
  /** A line for the tray's tooltip beyond today, such as a damaged file moved aside. */
  notice: () => string | null
  disposers: Disposers
}

/** The shell as the day's listener and the commands drive it. */
export interface Shell {
  windows: ViewWindows
  shortcut: GlobalShortcut
  /** Shows a changed day: pushed to every window, and the tray's glyph, tooltip and menu. */
  show(today: TodayState): void
  /** Puts the saved settings to work: the language, the menu, the shortcut, the login item. */
  applySettings(): void
}

/** Creates the windows (the popover kept hidden), the tray and the shortcut, and listens to the app. */
export function setupShell(wiring: ShellWiring): Shell {
  const { platform, day, settings, language, disposers } = wiring
  const { logger } = wiring.logging
  const messages = () => language.current().messages
  const windows = createViewWindows({
    platform,
    placesWindows: wiring.placesWindows,
    now: wiring.clock.now,
    title: (view) => messages().common.viewTitles[view],
  })
  disposers.add(() => windows.dispose())
  const actions = {
    checkIn: () => windows.show('popover'),
    startRitual: () => windows.show('ritual'),
    snooze: () => void day.record({ type: 'snoozed', minutes: settings().snoozeMinutes }),
    stayLate: () => windows.show('popover'),
    declareDayOff: () => void day.record({ type: 'day-off' }),
    openMonth: () => windows.show('month'),
    openSettings: () => windows.show('settings'),
    openLogFolder: () =>
      void desktop.openPath(wiring.logging.folder).then((problem) => {
        if (problem) logger.warn(`Could not open the log folder: ${problem}`)
      }),
    pauseReminders: () => void day.record({ type: 'reminders-paused' }),
    quit: () => app.quit(),
  }
  const byResponse: Record<PromptResponse, () => void> = {
    'open-ritual': actions.startRitual,
    'start-ritual': actions.startRitual,
    snooze: actions.snooze,
    'stay-late': actions.stayLate,
  }
  disposers.add(wiring.prompts.onResponse((response) => byResponse[response]()))
  const tray = createElectronTray({
    platform,
    resourcesDir: wiring.resourcesDir,
    words: () => language.current(),
    darkPanel: () => trayPanelIsDark({ platform, env: wiring.env, theme: wiring.nativeTheme }),
    handlers: actions,
    onToggle: (bounds) => windows.togglePopover(bounds),
    notice: wiring.notice,
  })
  disposers.add(() => tray.destroy())
  const shortcut = createGlobalShortcut(() => windows.show('popover'))
  disposers.add(() => shortcut.dispose())

  disposers.on(wiring.nativeTheme, 'updated', () => tray.update(day.today()))
  disposers.on(app, 'before-quit', () => {
    logger.info('Sundown is quitting.')
    day.record({ type: 'away', reason: 'quit' })
  })
  // Windows' shutdown and log-off end the process without 'before-quit'.
  disposers.add(onWindowsSessionEnd(platform, (reason) => day.record({ type: 'away', reason })))
  // Opened again from Finder, Spotlight or the Dock (macOS): the running Sundown shows its popover.
  disposers.on(app, 'activate', () => windows.show('popover'))

  return {
    windows,
    shortcut,
    show(today) {
      windows.broadcast(channelOf('todayChanged'), today)
      tray.update(today)
    },
    applySettings() {
      language.refresh()
      applyApplicationMenu(platform, messages())
      // At launch another app may have taken the keys since they were saved: on record, not silent.
      const refused = shortcut.apply(settings().shortcut)
      if (refused) {
        logger.warn(`The shortcut ${settings().shortcut} could not be registered: ${refused.code}.`)
      }
      setLaunchAtLogin(settings().launchAtLogin, {
        platform,
        app,
        env: wiring.env,
        homeDir: wiring.homeDir,
        execPath: wiring.execPath,
      })
    },
  }
}
