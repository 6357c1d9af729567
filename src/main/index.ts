/** The entry point: one Sundown per user, started with the real clock, zone, paths and platform. */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, nativeTheme, session } from 'electron'
import { APP_USER_MODEL_ID } from './app-identity'
import { systemClock } from './clock'
import { hideDockIcon } from './macos-dock'
import { readOsTimeZone } from './os-time-zone'
import { denyAllPermissions } from './session-permissions'
import { setupSingleInstance } from './single-instance'
import { startSundown } from './start-sundown'

let sundown: ReturnType<typeof startSundown> | null = null

if (setupSingleInstance(() => sundown?.windows.show('popover'))) {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    hideDockIcon(process.platform, app)
    sundown = startSundown({
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
      nativeTheme,
    })
  })
  // A tray app keeps running with every window closed.
  app.on('window-all-closed', () => undefined)
}
