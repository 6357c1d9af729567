// A real Linux desktop for system tests: Xvfb, a private D-Bus session bus and dunst, each stopped by its process id.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The programs a desktop session needs: a display, a bus, a notification server and their clients. */
export const DESKTOP_TOOLS = [
  'Xvfb',
  'dbus-launch',
  'dbus-send',
  'dunst',
  'dunstctl',
  'notify-send',
]

/** The desktop tools this machine lacks, looked up on PATH. */
export function missingDesktopTools(): string[] {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)
  const found = (tool: string) =>
    dirs.some((dir) => {
      try {
        accessSync(join(dir, tool), constants.X_OK)
        return true
      } catch {
        return false
      }
    })
  return DESKTOP_TOOLS.filter((tool) => !found(tool))
}

/** One notification as dunst keeps it in its history. */
export interface DunstEntry {
  appname: string
  summary: string
  body: string
}

/** A running desktop: its environment, a way to run commands in it, and its teardown. */
export interface DesktopSession {
  env: { DISPLAY: string; DBUS_SESSION_BUS_ADDRESS: string }
  /** Runs a command with the session's display and bus; resolves its stdout. */
  run(command: string, args: string[]): Promise<string>
  /** Moves what dunst shows into its history and reads the history back, newest first. */
  dunstHistory(): Promise<DunstEntry[]>
  stop(): Promise<void>
}

/** Starts Xvfb on a free display, a session bus and dunst on it; waits until dunst owns the notification name. */
export async function startDesktopSession(): Promise<DesktopSession> {
  const started: number[] = []
  const folder = mkdtempSync(join(tmpdir(), 'sundown-desktop-'))
  const stop = async () => {
    for (const pid of started.reverse()) await stopProcess(pid)
    rmSync(folder, { recursive: true, force: true })
  }
  try {
    // -displayfd lets Xvfb pick a free display and print it, so parallel runs never collide.
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    )
    if (xvfb.pid) started.push(xvfb.pid)
    const display = `:${(await firstLine(xvfb, 10_000)).trim()}`

    // Without DISPLAY, dbus-launch starts a plain bus that lives until its pid is stopped.
    const plain = { ...process.env }
    delete plain['DISPLAY']
    const { stdout } = await run('dbus-launch', ['--sh-syntax'], { env: plain })
    const address = /DBUS_SESSION_BUS_ADDRESS='([^']+)'/.exec(stdout)?.[1]
    const busPid = Number(/DBUS_SESSION_BUS_PID=(\d+)/.exec(stdout)?.[1])
    if (Number.isInteger(busPid) && busPid > 0) started.push(busPid)
    if (!address) throw new Error(`dbus-launch printed no bus address: ${stdout}`)

    const env = { DISPLAY: display, DBUS_SESSION_BUS_ADDRESS: address }
    const withSession = { ...process.env, ...env }
    const exec = async (command: string, args: string[]) =>
      (await run(command, args, { env: withSession, timeout: 10_000 })).stdout

    // An empty config gives dunst its defaults, whatever the developer's own dunstrc says.
    const config = join(folder, 'dunstrc')
    writeFileSync(config, '')
    const dunst = spawn('dunst', ['-config', config], { env: withSession, stdio: 'ignore' })
    if (dunst.pid) started.push(dunst.pid)
    await until(async () => {
      if (dunst.exitCode !== null) throw new Error(`dunst exited with ${dunst.exitCode}`)
      // NameHasOwner asks the bus itself, so it never auto-starts a second dunst through D-Bus activation.
      const reply = await exec('dbus-send', [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        'string:org.freedesktop.Notifications',
      ])
      return reply.includes('boolean true')
    }, 10_000)

    return {
      env,
      run: exec,
      stop,
      dunstHistory: async () => {
        await exec('dunstctl', ['close-all'])
        return parseHistory(await exec('dunstctl', ['history']))
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function parseHistory(json: string): DunstEntry[] {
  type Field = { data: string }
  const history = JSON.parse(json) as { data: Record<string, Field>[][] }
  return (history.data[0] ?? []).map((entry) => ({
    appname: entry['appname']?.data ?? '',
    summary: entry['summary']?.data ?? '',
    body: entry['body']?.data ?? '',
  }))
}

function firstLine(child: ChildProcess, withinMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(() => reject(new Error('Xvfb printed no display')), withinMs)
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      if (text.includes('\n')) {
        clearTimeout(timer)
        resolve(text.split('\n')[0] ?? '')
      }
    })
  })
}

/** Polls until the check holds; the last failure is the error when it never does. */
export async function until(check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs
  let last: unknown = new Error(`not within ${withinMs} ms`)
  while (Date.now() < deadline) {
    try {
      if (await check()) return
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw last
}

/** Gone, or a zombie: some containers' init never reaps orphans, and a zombie holds nothing. */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return true
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false
  } catch {
    return true
  }
}

/** SIGTERM, then SIGKILL if the process is still there after two seconds. */
async function stopProcess(pid: number): Promise<void> {
  if (isGone(pid)) return
  process.kill(pid, 'SIGTERM')
  await until(async () => isGone(pid), 2_000).catch(() => {
    if (!isGone(pid)) process.kill(pid, 'SIGKILL')
  })
}
