// Starts the built app in a child Node process (electron resolved to the stand-in by a hook) and drives it from the test.
import { fork, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcResult } from '../../../src/shared/ipc-result.ts'
import type { BuiltAppSnapshot, ChildCommand, ChildOptions, ChildReply } from './protocol.ts'

const CHILD_FILE = new URL('./child.ts', import.meta.url).pathname

/** How to start the built app: which copy of the app, when, and on which platform. */
export interface LaunchOptions {
  /** The folder holding `out/` and the `package.json` that says it is ESM; the child's working directory, as `electron .` has it. */
  appRoot: string
  startAt: number
  platform: NodeJS.Platform
  /** The IANA zone the child's clock shows. */
  zone: string
}

/** The running built app, as the test sees it. */
export interface BuiltApp {
  /** The temporary home, config and temp folder the child lives in (the stand-in's userData is under it). */
  homeDir: string
  snapshot(): Promise<BuiltAppSnapshot>
  advanceTo(at: number): Promise<void>
  emitPowerMonitor(event: string): Promise<void>
  clickTrayItem(label: string): Promise<void>
  clickLastNotification(): Promise<void>
  /** Calls `window.sundown[method]` in the view's page, through its preload: the command's result. */
  call<Value>(view: string, method: string, payload?: unknown): Promise<IpcResult<Value>>
  /** From now on, a folder or file picker answers `paths`. */
  answerOpenDialog(paths: string[]): Promise<void>
  /** Ends the child and removes its temporary home. */
  stop(): Promise<void>
}

/** Forks the child on the app's `out/main/index.js`; resolves once the bundle has loaded or failed to. */
export async function launchBuiltApp(options: LaunchOptions): Promise<BuiltApp> {
  const homeDir = mkdtempSync(join(tmpdir(), 'sundown-built-home-'))
  const temp = join(homeDir, 'tmp')
  mkdirSync(temp)
  const childOptions: ChildOptions = {
    mainFile: join(options.appRoot, 'out/main/index.js'),
    startAt: options.startAt,
    platform: options.platform,
  }
  const child: ChildProcess = fork(CHILD_FILE, [JSON.stringify(childOptions)], {
    cwd: options.appRoot,
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      PATH: process.env['PATH'],
      HOME: homeDir,
      XDG_CONFIG_HOME: join(homeDir, '.config'),
      TMPDIR: temp,
      TZ: options.zone,
      LANG: 'en_US.UTF-8',
    },
  })
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  let nextId = 1
  const started = new Promise<void>((resolve, reject) => {
    child.on('message', (reply: ChildReply) => {
      if ('type' in reply) return resolve()
      const waiter = waiting.get(reply.id)
      waiting.delete(reply.id)
      if (reply.ok) waiter?.resolve(reply.value)
      else waiter?.reject(new Error(reply.error))
    })
    child.on('exit', (code, signal) => {
      const error = new Error(`the built app's process exited (code ${code}, signal ${signal})`)
      reject(error)
      for (const waiter of waiting.values()) waiter.reject(error)
    })
  })
  const request = <T>(command: ChildCommand): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      child.send({ ...command, id })
    })
  await started
  return {
    homeDir,
    snapshot: () => request({ type: 'snapshot' }),
    advanceTo: (at) => request({ type: 'advanceTo', at }),
    emitPowerMonitor: (event) => request({ type: 'emitPowerMonitor', event }),
    clickTrayItem: (label) => request({ type: 'clickTrayItem', label }),
    clickLastNotification: () => request({ type: 'clickLastNotification' }),
    call: (view, method, payload) => request({ type: 'call', view, method, payload }),
    answerOpenDialog: (paths) => request({ type: 'answerOpenDialog', paths }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill()
        await exited
      }
      rmSync(homeDir, { recursive: true, force: true })
    },
  }
}
