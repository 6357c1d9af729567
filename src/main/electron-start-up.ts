/** The app's start-up: one Sundown per user, started once Electron is ready with the real clock, zone, paths and platform. */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, dialog, nativeTheme, session, systemPreferences } from 'electron'
import { APP_USER_MODEL_ID, TOAST_ACTIVATOR_CLSID } from './app-identity'
import { systemClock } from './clock'
import { displaySessionOf, mergedFeatures, type DisplaySession } from './display-session'
import { readOsClock } from './electron-os-clock'
import { localizationFor } from './localization'
import type { Logger } from './logger'
import { hideDockIcon } from './macos-dock'
import { readOsTimeZone } from './os-time-zone'
import { denyAllPermissions } from './session-permissions'
import { setupSingleInstance } from './single-instance'
import { startSundown, type SundownEnvironment } from './start-sundown'

/** A running Sundown. */
export type Sundown = ReturnType<typeof startSundown>

/** The log Sundown writes to, and the folder "Open log folder" shows. */
export type StartUpLogging = SundownEnvironment['logging']

/**
 * Starts Sundown, or hands over to the one already running. Resolves to the running Sundown, or to
 * null when another instance has the lock or the start failed (then the process is ending).
 */
export function startUp(logging: StartUpLogging): Promise<Sundown | null> {
  let sundown: Sundown | null = null
  const display = chooseDisplay()
  if (!setupSingleInstance(() => sundown?.windows.show('popover'))) return Promise.resolve(null)
  if (process.platform === 'win32') {
    app.setAppUserModelId(APP_USER_MODEL_ID)
    app.setToastActivatorCLSID(TOAST_ACTIVATOR_CLSID)
  }
  // A tray app keeps running with every window closed.
  app.on('window-all-closed', () => undefined)
  return app.whenReady().then(() => {
    try {
      sundown = startReady(logging, display)
      return sundown
    } catch (error) {
      failStartUp(error, logging.logger, logging.folder)
      return null
    }
  })
}

/** How Electron draws here (Wayland or not), with the features it needs switched on before `ready`: Chromium reads them once, as it starts. */
function chooseDisplay(): DisplaySession {
  const display = displaySessionOf({
    platform: process.platform,
    env: process.env,
    argv: process.argv,
  })
  if (display.enableFeatures.length > 0) {
    const existing = app.commandLine.getSwitchValue('enable-features')
    app.commandLine.appendSwitch(
      'enable-features',
      mergedFeatures(existing, display.enableFeatures),
    )
  }
  return display
}

/** Everything that needs Electron ready; throws when Sundown cannot start (an unusable data folder). */
function startReady(logging: StartUpLogging, display: DisplaySession): Sundown {
  denyAllPermissions(session.defaultSession)
  hideDockIcon(process.platform, app)
  return startSundown({
    clock: systemClock,
    zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    osZone: () => readOsTimeZone(process.platform, process.env),
    platform: process.platform,
    env: process.env,
    userDataDir: app.getPath('userData'),
    documentsDir: app.getPath('documents'),
    homeDir: homedir(),
    execPath: process.execPath,
    resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
    locale: app.getLocale(),
    osClock: () => readOsClock(process.platform, app, systemPreferences, process.env),
    nativeTheme,
    logging,
    display,
  })
}

/**
 * Tells the user, logs, and ends the process. Without this the process would hold the
 * single-instance lock with no tray and no window, and every later launch would hand over to it.
 */
function failStartUp(error: unknown, logger: Logger, logFolder: string): void {
  const dataDir = app.getPath('userData')
  logger.error(`Sundown could not start; its data folder is ${dataDir}`, error)
  try {
    // The settings may be what failed, so the system's language speaks.
    const { messages } = localizationFor(
      'system',
      app.getPreferredSystemLanguages(),
      app.getLocale(),
    )
    dialog.showErrorBox(
      messages.main.dialogs.startFailedTitle,
      messages.main.dialogs.startFailedDetail({
        path: dataDir,
        error: error instanceof Error ? error.message : String(error),
        logFolder,
      }),
    )
  } catch (dialogError) {
    logger.error('Sundown could not show why it could not start', dialogError)
  } finally {
    app.releaseSingleInstanceLock()
    app.exit(1)
  }
}
