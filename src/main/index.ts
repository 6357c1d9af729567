/** The entry point: one Sundown per user, started with the real clock, zone, paths and platform. */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, nativeTheme, session } from 'electron'
import { APP_USER_MODEL_ID } from './app-identity'
import { systemClock } from './clock'
import { displaySessionOf, mergedFeatures } from './display-session'
import { hideDockIcon } from './macos-dock'
import { denyAllPermissions } from './session-permissions'
import { setupSingleInstance } from './single-instance'
import { startSundown } from './start-sundown'

let sundown: ReturnType<typeof startSundown> | null = null
// Before `ready`: Chromium reads its features once, as it starts.
const display = displaySessionOf({
  platform: process.platform,
  env: process.env,
  argv: process.argv,
})
if (display.enableFeatures.length > 0) {
  const existing = app.commandLine.getSwitchValue('enable-features')
  app.commandLine.appendSwitch('enable-features', mergedFeatures(existing, display.enableFeatures))
}

if (setupSingleInstance(() => sundown?.windows.show('popover'))) {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    hideDockIcon(process.platform, app)
    sundown = startSundown({
      clock: systemClock,
      zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      platform: process.platform,
      env: process.env,
      userDataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      homeDir: homedir(),
      execPath: process.execPath,
      resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
      locale: app.getLocale(),
      nativeTheme,
      display,
    })
  })
  // A tray app keeps running with every window closed.
  app.on('window-all-closed', () => undefined)
}
