// Runs inside a private network namespace (`unshare -n`): brings up loopback, starts the Syncthing daemons, and relays each REST port to a Unix socket the test outside can reach.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { connect, createServer, type Server } from 'node:net'

/** One daemon: its home (keys, config.xml), its log, its REST port and the socket that relays to it. */
export interface NamespacedDaemon {
  home: string
  logFile: string
  restPort: number
  socketPath: string
}

/** What this script tells the test on its first stdout line once every socket listens. */
export interface NamespaceReady {
  ready: true
  /** The network interfaces this namespace has: only `lo` means no packet can leave the machine. */
  interfaces: string[]
}

/** The namespace's interfaces, as the kernel lists them for the reading process's namespace. */
const interfacesHere = (): string[] =>
  readFileSync('/proc/self/net/dev', 'utf8')
    .split('\n')
    .slice(2)
    .map((line) => line.split(':')[0]?.trim() ?? '')
    .filter((name) => name !== '')

/** A Unix socket that forwards every connection to 127.0.0.1:port: path sockets cross network namespaces, TCP does not. */
function relay(socketPath: string, port: number): Promise<Server> {
  rmSync(socketPath, { force: true })
  const server = createServer((incoming) => {
    const outgoing = connect(port, '127.0.0.1')
    incoming.pipe(outgoing).pipe(incoming)
    incoming.on('error', () => outgoing.destroy())
    outgoing.on('error', () => incoming.destroy())
  })
  return new Promise((resolve) => server.listen(socketPath, () => resolve(server)))
}

function serve(daemon: NamespacedDaemon): ChildProcess {
  return spawn(
    'syncthing',
    ['serve', '--home', daemon.home, '--no-browser', `--logfile=${daemon.logFile}`],
    {
      // No upgrade check, no default folder, no self-restart: the test owns the process's whole life.
      env: { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', STNORESTART: '1' },
      stdio: 'ignore',
    },
  )
}

async function main(daemons: NamespacedDaemon[]): Promise<void> {
  execFileSync('ip', ['link', 'set', 'lo', 'up'])
  const children = daemons.map(serve)
  const relays = await Promise.all(
    daemons.map((daemon) => relay(daemon.socketPath, daemon.restPort)),
  )
  const ready: NamespaceReady = { ready: true, interfaces: interfacesHere() }
  process.stdout.write(`${JSON.stringify(ready)}\n`)

  const exited = children.map(
    (child) =>
      new Promise<void>((resolve) =>
        child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
      ),
  )
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    // The test asks each daemon to shut down over REST first; whatever still runs gets SIGTERM, then SIGKILL.
    const grace = setTimeout(() => children.forEach((child) => child.kill('SIGTERM')), 5_000)
    const hard = setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), 10_000)
    await Promise.all(exited)
    clearTimeout(grace)
    clearTimeout(hard)
    for (const server of relays) server.close()
    for (const daemon of daemons) rmSync(daemon.socketPath, { force: true })
    process.exit(0)
  }
  // The test holds our stdin: when it closes (the test ended, or its process died), we stop too.
  process.stdin.on('end', () => void stop())
  process.stdin.on('close', () => void stop())
  process.stdin.resume()
  process.on('SIGTERM', () => void stop())
  for (const child of children)
    child.on('exit', (code) => {
      if (!stopping) process.stderr.write(`syncthing exited early with code ${code}\n`)
    })
}

void main(JSON.parse(process.argv[2] ?? '[]') as NamespacedDaemon[])
