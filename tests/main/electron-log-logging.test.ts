// The log file itself: where it lives on each desktop, what a line looks like, how it stays small, and that uncaught errors reach it.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { logFolderFor, LOG_FILE_NAME } from '../../src/main/electron-log-logging'
import { tempLog } from '../support/temp-log'

const folders = {
  homeDir: '/home/ada',
  userDataDir: '/home/ada/.config/Sundown',
  appName: 'Sundown',
}

describe('where the log lives', () => {
  it("is electron-log's folder on each desktop", () => {
    expect(logFolderFor('darwin', { ...folders, homeDir: '/Users/ada' })).toBe(
      '/Users/ada/Library/Logs/Sundown',
    )
    expect(logFolderFor('linux', folders)).toBe('/home/ada/.config/Sundown/logs')
    expect(
      logFolderFor('win32', {
        ...folders,
        userDataDir: 'C:\\Users\\ada\\AppData\\Roaming\\Sundown',
      }),
    ).toBe(join('C:\\Users\\ada\\AppData\\Roaming\\Sundown', 'logs'))
  })
})

describe('a line in the log', () => {
  it('carries the local time with its offset, the level and the sentence, in main.log', () => {
    const log = tempLog()
    log.logger.info('Sundown 0.1.0 starting')
    log.logger.warn('A damaged data file was moved aside')
    expect(log.filePath).toBe(join(log.folder, LOG_FILE_NAME))
    const lines = log.text().trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d\] \[info\] {2}Sundown 0\.1\.0 starting$/,
    )
    expect(lines[1]).toMatch(/\] \[warn\] {2}A damaged data file was moved aside$/)
  })

  it('is readable only by its user', () => {
    const log = tempLog()
    log.logger.info('hello')
    if (process.platform !== 'win32') expect(statSync(log.filePath).mode & 0o777).toBe(0o600)
  })

  it("keeps a system error's code, message and frames", () => {
    const log = tempLog()
    const error = Object.assign(
      new Error("EACCES: permission denied, open '/data/settings.json'"),
      {
        code: 'EACCES',
      },
    )
    log.logger.error('Could not write the settings', error)
    expect(log.text()).toContain(
      "Could not write the settings\nError [EACCES]: EACCES: permission denied, open '/data/settings.json'\n    at ",
    )
  })

  it('leaves out the message of an error that quotes the data it failed on', () => {
    const log = tempLog()
    let parseError: unknown
    try {
      JSON.parse('my secret plan')
    } catch (error) {
      parseError = error
    }
    expect(String(parseError)).toContain('secret plan')
    log.logger.warn('A data file did not parse', parseError)
    expect(log.text()).toContain('SyntaxError: (message left out: it may quote the data)\n    at ')
    expect(log.text()).not.toContain('secret plan')
  })
})

describe('a long-running log', () => {
  it('moves main.log to main.old.log past its size and starts afresh, so two files at most', () => {
    const log = tempLog({ maxSizeBytes: 4_000 })
    for (let line = 1; line <= 200; line++) log.logger.info(`Line ${line} of a long month`)
    expect(readdirSync(log.folder).sort()).toEqual(['main.log', 'main.old.log'])
    expect(statSync(log.filePath).size).toBeLessThanOrEqual(4_000 + 100)
    expect(log.text()).toContain('Line 200 of a long month')
    expect(existsSync(join(log.folder, 'main.old.log'))).toBe(true)
  })
})

describe('errors nobody caught', () => {
  const cleanUps: (() => void)[] = []
  afterEach(() => {
    for (const cleanUp of cleanUps.splice(0)) cleanUp()
  })

  it('writes an uncaught exception and an unhandled rejection to the log', () => {
    const log = tempLog()
    const before = process.listeners('uncaughtException').length
    log.catchUncaught()
    // The listeners Node calls for each: catchUncaught added them last.
    const onException = process.listeners('uncaughtException').at(-1)
    const onRejection = process.listeners('unhandledRejection').at(-1)
    cleanUps.push(() => {
      if (onException) process.removeListener('uncaughtException', onException)
      if (onRejection) process.removeListener('unhandledRejection', onRejection)
    })
    expect(process.listeners('uncaughtException')).toHaveLength(before + 1)
    onException?.(
      new TypeError("Cannot read properties of undefined (reading 'endAt')"),
      'uncaughtException',
    )
    onRejection?.(new Error('The tray went away'), Promise.resolve())
    const text = log.text()
    expect(text).toMatch(
      /\[error\] Uncaught exception\nTypeError: Cannot read properties of undefined \(reading 'endAt'\)\n {4}at /,
    )
    expect(text).toMatch(/\[error\] Unhandled rejection\nError: The tray went away\n {4}at /)
  })
})
