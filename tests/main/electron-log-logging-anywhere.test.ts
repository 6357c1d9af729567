// A packaged or hand-started Sundown may run from a folder with no package.json above it: the log must not depend on finding one.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { tempLog } from '../support/temp-log'

const startedIn = process.cwd()
// Its own file: electron-log remembers the package.json it found for the rest of the process.
beforeAll(() => process.chdir(mkdtempSync(join(tmpdir(), 'sundown-cwd-'))))
afterAll(() => process.chdir(startedIn))

it('writes its lines, and an uncaught exception, when started far from any package.json', () => {
  const log = tempLog()
  log.logger.info('Sundown starting')
  log.catchUncaught()
  const onException = process.listeners('uncaughtException').at(-1)
  try {
    onException?.(new Error('thrown with no package.json in sight'), 'uncaughtException')
  } finally {
    if (onException) process.removeListener('uncaughtException', onException)
  }
  expect(log.text()).toMatch(/\[info\] {2}Sundown starting\n/)
  expect(log.text()).toMatch(
    /\[error\] Uncaught exception\nError: thrown with no package.json in sight\n/,
  )
})
