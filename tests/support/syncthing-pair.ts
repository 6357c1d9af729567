// Two real Syncthing daemons sharing one folder over 127.0.0.1, both inside one private network namespace, driven over REST through Unix sockets.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { FOLDER_ID, syncthingConfigXml } from './syncthing-config.ts'
import { namespaceCommand } from './syncthing-availability.ts'
import type { NamespacedDaemon, NamespaceReady } from './syncthing-namespace.ts'

export { syncthingUnavailable } from './syncthing-availability.ts'
export { FOLDER_ID } from './syncthing-config.ts'

const NAMESPACE_SCRIPT = resolve(import.meta.dirname, 'syncthing-namespace.ts')

/** One side of the pair: its synced folder and its daemon. */
export interface SyncthingSide {
  /** The folder Syncthing syncs on this side: the one Sundown is given. */
  folder: string
  deviceId: string
  apiKey: string
  socketPath: string
  logFile: string
}

/** A REST call to one daemon through its Unix socket; answers the parsed JSON (null when empty). */
export function rest(side: SyncthingSide, method: 'GET' | 'POST', path: string): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    const call = request(
      {
        socketPath: side.socketPath,
        method,
        path,
        headers: { 'X-API-Key': side.apiKey, Host: '127.0.0.1' },
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => {
          if ((response.statusCode ?? 500) >= 300)
            reject(new Error(`${method} ${path}: ${response.statusCode} ${body}`))
          else resolveBody(body.trim() === '' ? null : JSON.parse(body))
        })
      },
    )
    call.on('error', reject)
    call.end()
  })
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

/** Polls `check` every 50 ms until it answers true; fails after `timeoutMs`, saying what was waited for. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await pause(50)
  }
}

/** A running pair: both sides, the namespace's interfaces, and the means to sync now and stop. */
export interface SyncthingPair {
  sides: [SyncthingSide, SyncthingSide]
  /** The network interfaces inside the daemons' namespace. */
  interfaces: string[]
  /** Rescans both folders and waits until each side holds everything the other has; answers the milliseconds taken. */
  syncNow(): Promise<number>
  /** Each side's daemon log, for a failing test's message. */
  logs(): string
  stop(): Promise<void>
}

interface FolderStatus {
  state: string
  needTotalItems: number
}
interface Completion {
  completion: number
  needItems: number
  needDeletes: number
}

/** Whether both daemons are idle, need nothing, and each knows the other holds everything. */
async function inStep([a, b]: [SyncthingSide, SyncthingSide]): Promise<boolean> {
  for (const [self, peer] of [
    [a, b],
    [b, a],
  ] as const) {
    const status = (await rest(self, 'GET', `/rest/db/status?folder=${FOLDER_ID}`)) as FolderStatus
    if (status.state !== 'idle' || status.needTotalItems !== 0) return false
    const peerHas = (await rest(
      self,
      'GET',
      `/rest/db/completion?folder=${FOLDER_ID}&device=${peer.deviceId}`,
    )) as Completion
    if (peerHas.completion < 100 || peerHas.needItems > 0 || peerHas.needDeletes > 0) return false
  }
  return true
}

/**
 * Starts two Syncthing daemons in one new network namespace: keys and config.xml made before the
 * first `serve` (no discovery, relays, NAT, reporting or upgrades), REST reached through relays on
 * Unix sockets; resolves once they are connected to each other.
 */
export async function startSyncthingPair(): Promise<SyncthingPair> {
  const unshare = namespaceCommand()
  if (unshare === null) throw new Error('unshare -n is not allowed here')
  const [enter, ...flags] = unshare as [string, ...string[]]
  const root = mkdtempSync(join(tmpdir(), 'sundown-syncthing-'))
  // Every Syncthing run, even key generation, happens in a namespace of its own with no network at all.
  const isolated = (args: string[]) =>
    execFileSync(enter, [...flags, 'syncthing', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()
  const sides = (['laptop', 'desktop'] as const).map((name): SyncthingSide => {
    const home = join(root, `${name}-syncthing`)
    isolated(['generate', '--home', home, '--no-default-folder'])
    const folder = join(root, `${name}-folder`)
    mkdirSync(folder, { recursive: true })
    return {
      folder,
      deviceId: isolated(['serve', '--home', home, '--device-id']),
      apiKey: `sundown-test-${name}`,
      socketPath: join(root, `${name}.sock`),
      logFile: join(root, `${name}.log`),
    }
  }) as [SyncthingSide, SyncthingSide]
  const daemons: NamespacedDaemon[] = sides.map((side, index) => {
    const home = join(root, `${index === 0 ? 'laptop' : 'desktop'}-syncthing`)
    const peer = sides[1 - index] as SyncthingSide
    // The namespace is private, so fixed ports cannot clash with anything else on the machine.
    const ports = { listen: 22001 + index, peerListen: 22002 - index, rest: 8384 + index }
    writeFileSync(join(home, 'config.xml'), syncthingConfigXml(side, peer, ports))
    return { home, logFile: side.logFile, restPort: ports.rest, socketPath: side.socketPath }
  })

  const child: ChildProcess = spawn(
    enter,
    [...flags, process.execPath, NAMESPACE_SCRIPT, JSON.stringify(daemons)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const logs = () =>
    [
      ...sides.map((side) => (existsSync(side.logFile) ? readFileSync(side.logFile, 'utf8') : '')),
      stderr,
    ]
      .join('\n')
      .slice(-6_000)
  const ready = await new Promise<NamespaceReady>((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolveReady(JSON.parse(line) as NamespaceReady))
    child.once('exit', (code) => reject(new Error(`namespace exited with ${code}: ${stderr}`)))
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))

  const stop = async () => {
    // Syncthing's own clean shutdown first; the namespace script then ends when its stdin closes.
    await Promise.all(
      sides.map((side) => rest(side, 'POST', '/rest/system/shutdown').catch(() => null)),
    )
    child.stdin?.end()
    await exited
    rmSync(root, { recursive: true, force: true })
  }
  try {
    await waitFor('both REST APIs', async () => {
      await Promise.all(sides.map((side) => rest(side, 'GET', '/rest/system/ping')))
      return true
    })
    await waitFor('the daemons to connect', async () => {
      const { connections } = (await rest(sides[0], 'GET', '/rest/system/connections')) as {
        connections: Record<string, { connected: boolean }>
      }
      return connections[sides[1].deviceId]?.connected === true
    })
  } catch (error) {
    const text = logs()
    await stop()
    throw new Error(`${(error as Error).message}\n${text}`, { cause: error })
  }

  return {
    sides,
    interfaces: ready.interfaces,
    logs,
    stop,
    async syncNow() {
      const startedAt = performance.now()
      await Promise.all(
        sides.map((side) => rest(side, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`)),
      )
      // Two agreeing looks in a row: a change still on the wire shows as the peer lacking it.
      await waitFor(
        'both sides to hold the same files',
        async () => (await inStep(sides)) && (await pause(100), inStep(sides)),
      )
      return performance.now() - startedAt
    },
  }
}
