/** The log file through electron-log: one size-capped `main.log` in the log folder, uncaught errors included. */
import { join } from 'node:path'
import electronLog from 'electron-log/node'
import { loggableError, type Logger } from './logger'

/** The file's name in the log folder, as electron-log names the main process's log. */
export const LOG_FILE_NAME = 'main.log'

/** One mebibyte: months of Sundown's few lines a day, and quick to attach to a bug report. */
export const LOG_MAX_SIZE_BYTES = 1024 * 1024

/** Where the log lives: electron-log's default folder, so Sundown's log is where its users look. */
export function logFolderFor(
  platform: NodeJS.Platform,
  folders: { homeDir: string; userDataDir: string; appName: string },
): string {
  // Electron's own app.getPath('logs') names the macOS folder after the bundle: "Electron" in a dev run.
  return platform === 'darwin'
    ? join(folders.homeDir, 'Library', 'Logs', folders.appName)
    : join(folders.userDataDir, 'logs')
}

/** Where the log goes and how it is kept. */
export interface ElectronLogOptions {
  folder: string
  /** Given, not looked up: electron-log otherwise searches for a package.json and, finding none, writes nothing. */
  appName: string
  /** Past this size `main.log` becomes `main.old.log`, replacing the one before, and starts afresh. */
  maxSizeBytes?: number
  /** Also print each line to the terminal, for `npm run dev`. */
  echoToConsole: boolean
}

/** The log as the app holds it: the logger, where its file is, and the switch for uncaught errors. */
export interface ElectronLogLogging {
  logger: Logger
  folder: string
  filePath: string
  /** From now on, uncaught exceptions and unhandled rejections are written to the log. */
  catchUncaught(): void
}

/**
 * Opens the log in `folder`. electron-log's Node entry, not `electron-log/main`: the folder is
 * given, so nothing is needed from Electron, and main's entry would register an IPC channel
 * without a sender check and a preload for renderer logging that Sundown's windows do not need.
 */
export function createElectronLogLogging(options: ElectronLogOptions): ElectronLogLogging {
  const filePath = join(options.folder, LOG_FILE_NAME)
  // An instance per file, so a second log (a test's temporary folder) never writes into the first.
  const log = electronLog.create({ logId: filePath })
  const { file, console } = log.transports
  file.setAppName(options.appName)
  file.resolvePathFn = () => filePath
  file.maxSize = options.maxSizeBytes ?? LOG_MAX_SIZE_BYTES
  file.level = 'info'
  // Only the user reads it: no user data, but their folders' paths.
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' }
  // Local time with its offset: a day's times read as the user lived them, and travel stays clear.
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}{z}] [{level}] {text}'
  console.level = options.echoToConsole ? 'info' : false
  const withError = (message: string, error: unknown) =>
    error === undefined ? message : `${message}\n${loggableError(error)}`
  const logger: Logger = {
    info: (message) => log.info(message),
    warn: (message, error) => log.warn(withError(message, error)),
    error: (message, error) => log.error(withError(message, error)),
  }
  return {
    logger,
    folder: options.folder,
    filePath,
    catchUncaught() {
      log.errorHandler.setOptions({
        // No dialog: Sundown keeps running in the tray, and the tray menu opens the log folder.
        showDialog: false,
        onError: ({ error, errorName }) => {
          logger.error(
            errorName === 'Unhandled' ? 'Uncaught exception' : 'Unhandled rejection',
            error,
          )
          // Written here, through loggableError; electron-log would write the message whole.
          return false
        },
      })
      log.errorHandler.startCatching()
    },
  }
}
