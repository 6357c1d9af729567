// Starting Sundown for real: a start that fails is told, logged and ends the process, so the next launch can start.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startUp, type Sundown } from '../../src/main/electron-start-up'
import { APP_USER_MODEL_ID, TOAST_ACTIVATOR_CLSID } from '../../src/main/app-identity'
import {
  app,
  recorded,
  resetElectronStandIn,
  setPlatform,
  Tray,
} from '../support/electron-stand-in'
import { tempLog } from '../support/temp-log'

let log: ReturnType<typeof tempLog>
let started: Sundown | null = null

beforeEach(() => {
  resetElectronStandIn()
  log = tempLog()
  // Nothing the start touches may land in the real home (Linux's autostart entry lives there).
  vi.stubEnv('HOME', mkdtempSync(join(tmpdir(), 'sundown-home-')))
  vi.stubEnv('XDG_CONFIG_HOME', '')
})

afterEach(() => {
  started?.dispose()
  app.emit('before-quit')
  started = null
  vi.unstubAllEnvs()
})

describe('starting Sundown', () => {
  it('takes the single-instance lock and puts its icon in the tray', async () => {
    started = await startUp(log)
    expect(started).not.toBeNull()
    expect(app.hasSingleInstanceLock()).toBe(true)
    expect(Tray.all).toHaveLength(1)
    expect(app.exitCode).toBeNull()
    expect(log.text()).not.toContain('[error]')
  })

  it('on Windows, names itself for toasts with one activator kept across runs, so a toast clicked after a restart still reaches Sundown', async () => {
    setPlatform('win32')
    started = await startUp(log)
    expect(app.modelId).toBe(APP_USER_MODEL_ID)
    expect(app.toastActivatorCLSID).toBe(TOAST_ACTIVATOR_CLSID)
  })

  it('hands over to the Sundown already running, and quits', async () => {
    app.singleInstance = false
    await expect(startUp(log)).resolves.toBeNull()
    expect(app.quitRequested).toBe(true)
    expect(Tray.all).toHaveLength(0)
  })
})

describe('a start that fails', () => {
  it('in a data folder that cannot be written: says where it is and what to try, logs, frees the lock, exits 1', async () => {
    // A file where the data folder's parent should be: no one can create the folder there.
    const blocker = join(mkdtempSync(join(tmpdir(), 'sundown-blocked-')), 'not-a-folder')
    writeFileSync(blocker, '')
    app.userData = join(blocker, 'Sundown')
    started = await startUp(log)
    expect(started).toBeNull()
    expect(recorded.dialogs).toHaveLength(1)
    const { kind, options } = recorded.dialogs[0] as {
      kind: string
      options: { title: string; content: string }
    }
    expect(kind).toBe('error')
    expect(options.title).toBe('Sundown could not start')
    expect(options.content).toContain('Sundown stopped while starting: ENOTDIR')
    expect(options.content).toContain(`Its data is in ${app.userData}, and nothing was deleted.`)
    expect(options.content).toContain('check that it exists, that you may write to it')
    expect(options.content).toContain(`The log in ${log.folder} says more.`)
    expect(log.text()).toContain(
      `[error] Sundown could not start; its data folder is ${app.userData}`,
    )
    expect(log.text()).toContain('ENOTDIR')
    expect(app.hasSingleInstanceLock()).toBe(false)
    expect(app.exitCode).toBe(1)
  })
})
