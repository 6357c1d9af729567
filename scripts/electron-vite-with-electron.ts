/** `npm start` and `npm run dev`: fetch Electron's binary when it is missing, then run electron-vite on it. */
// electron-vite reads node_modules/electron/path.txt, which only electron's own download writes,
// and says "Electron uninstall" without it (electron-vite#904); it honours ELECTRON_EXEC_PATH first.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { chooseElectronBinary, platformBinaryPath } from './electron-binary-choice.ts'
import { downloadFailureMessage, readDownloadFailure } from './electron-download-failure.ts'
import { downloadFile, downloadProgressLine } from './electron-download-progress.ts'

type Env = Record<string, string | undefined>

const require = createRequire(import.meta.url)

/** The signals a terminal or a process manager sends; each is passed on to electron-vite. */
const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

const readOrNull = (path: string): string | null =>
  existsSync(path) ? readFileSync(path, 'utf8').trim() : null

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile()

/** The installed electron package, found through its package.json so its index.js never runs. */
function electronPackage(): { dir: string; version: string } {
  const manifest = require.resolve('electron/package.json')
  return { dir: dirname(manifest), version: (require(manifest) as { version: string }).version }
}

function chooseNow(env: Env) {
  const { dir, version } = electronPackage()
  return chooseElectronBinary({
    env,
    platform: process.platform,
    packageDir: dir,
    packageVersion: version,
    pathTxt: readOrNull(join(dir, 'path.txt')),
    distVersion: readOrNull(join(dir, 'dist', 'version')),
    isFile,
  })
}

/** The environment for the download: Node's fetch honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY only with NODE_USE_ENV_PROXY. */
function downloadEnv(env: Env): Env {
  return {
    ...env,
    NODE_USE_ENV_PROXY: env['NODE_USE_ENV_PROXY'] ?? '1',
    DEBUG: [env['DEBUG'], '@electron/get:index'].filter(Boolean).join(','),
  }
}

/** Node's fetch prints only "fetch failed"; asking the same URL once more, the same way, tells why. */
function networkCause(url: string, env: Env): string | undefined {
  const probe =
    "fetch(process.argv[1], { method: 'HEAD' }).then(() => {}, (e) => console.log(String(e.cause?.message ?? e.message)))"
  const result = spawnSync(process.execPath, ['-e', probe, url], {
    env,
    encoding: 'utf8',
    timeout: 30_000,
  })
  return result.stdout?.trim() || undefined
}

/** How often a line says the download is still running. */
const PROGRESS_INTERVAL_MS = 10_000

/** Runs install.js with its output collected, saying now and then how far the download got. */
function runInstall(installJs: string, env: Env): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installJs], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk: Buffer) => (output += chunk.toString())
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const startedMs = Date.now()
    const progress = setInterval(() => {
      const file = downloadFile(output)
      const bytes = file && isFile(file) ? statSync(file).size : undefined
      console.log(downloadProgressLine(bytes, Date.now() - startedMs))
    }, PROGRESS_INTERVAL_MS)
    child.on('close', (code) => {
      clearInterval(progress)
      resolve({ code, output })
    })
  })
}

/** Runs electron's own install.js (download, checksum, unzip, path.txt); returns an error message or null. */
async function fetchElectron(reason: string, env: Env): Promise<string | null> {
  const { dir, version } = electronPackage()
  const binaryPath = platformBinaryPath(process.platform) ?? 'electron'
  console.log(
    `Electron ${version} for ${process.platform}-${process.arch}: ${reason}. Downloading it once (about 100 MB)…`,
  )
  const childEnv = downloadEnv(env)
  const { code, output } = await runInstall(join(dir, 'install.js'), childEnv)
  if (code === 0) return null
  const failure = readDownloadFailure(output, code)
  const cause = failure.network && failure.url ? networkCause(failure.url, childEnv) : undefined
  const target = { version, platform: process.platform, arch: process.arch, binaryPath }
  return downloadFailureMessage(failure, target, cause)
}

/** The binary to launch, fetched first when needed; exits with the reason when there is none. */
async function ensureElectron(env: Env): Promise<string> {
  let choice = chooseNow(env)
  if ('fetch' in choice) {
    const problem = await fetchElectron(choice.reason, env)
    if (problem) {
      console.error(`\n${problem}\n`)
      process.exit(1)
    }
    choice = chooseNow(env)
    if ('fetch' in choice)
      choice = { fail: `The download finished, but ${choice.fetch} is missing.` }
  }
  if ('fail' in choice) {
    console.error(`\n${choice.fail}\n`)
    process.exit(1)
  }
  return choice.launch
}

/** Runs electron-vite with the binary, passing on its arguments, signals and exit status. */
function runElectronVite(command: string, args: string[], electronPath: string): void {
  const bin = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  )
  const child = spawn(process.execPath, [bin, command, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
  })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward)
  child.on('exit', (code, signal) => {
    for (const forwarded of FORWARDED_SIGNALS) process.off(forwarded, forward)
    // Dying of the same signal tells the shell (and npm) what happened, as electron-vite would have.
    if (signal) process.kill(process.pid, signal)
    else process.exit(code ?? 1)
  })
}

// Only ever run, never imported (no import.meta.main guard: Node 24.0 and 24.1 lack it, and the start would do nothing).
const [command, ...args] = process.argv.slice(2)
if (command !== 'preview' && command !== 'dev') {
  console.error(
    'usage: node scripts/electron-vite-with-electron.ts <preview|dev> [electron-vite options]',
  )
  process.exit(2)
}
runElectronVite(command, args, await ensureElectron(process.env))
