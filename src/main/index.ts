/** The entry point: the log first, so anything thrown from here on is on record, then Sundown's start-up. */
import { homedir } from 'node:os'
import { app } from 'electron'
import { APP_NAME } from './app-identity'
import { createElectronLogLogging, logFolderFor } from './electron-log-logging'
import { startUp } from './electron-start-up'

const logging = createElectronLogLogging({
  folder: logFolderFor(process.platform, {
    homeDir: homedir(),
    userDataDir: app.getPath('userData'),
    appName: APP_NAME,
  }),
  appName: APP_NAME,
  echoToConsole: !app.isPackaged,
})
logging.catchUncaught()

void startUp(logging)
