// A real electron-log file in a temporary folder, read back as the user would read it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { APP_NAME } from '../../src/main/app-identity'
import { createElectronLogLogging, LOG_FILE_NAME } from '../../src/main/electron-log-logging'

/** The text of the log in `folder`, empty before its first line. */
export function readLog(folder: string): string {
  const file = join(folder, LOG_FILE_NAME)
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

/** A fresh log in its own temporary folder; `text()` reads the file as written so far. */
export function tempLog(options: { maxSizeBytes?: number } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'sundown-log-'))
  const logging = createElectronLogLogging({
    folder,
    appName: APP_NAME,
    echoToConsole: false,
    ...options,
  })
  return { ...logging, text: () => readLog(folder) }
}
