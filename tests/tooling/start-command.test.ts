// The README's `npm start` and `npm run dev` on a fresh clone: Electron is downloaded once from the mirror and launched on the app just built.
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  readLaunch,
  recordFolder,
  releaseFiles,
  releaseZip,
  releaseZipName,
  serveRelease,
  type ReleaseServer,
} from './support/electron-release-stand-in'
import { copyProject, REPO_ROOT } from './support/project-copy'

const ELECTRON_VERSION = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string
  }
).version

const REPO_PATH_TXT = join(REPO_ROOT, 'node_modules/electron/path.txt')

/** What a new user's shell holds: none of this run's npm, Vitest, Electron, proxy or debug settings. */
const SHELL_VARIABLES = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'TMPDIR']

function freshShellEnv(extra: Record<string, string>): Record<string, string> {
  const kept = SHELL_VARIABLES.flatMap((name) => {
    const value = process.env[name]
    return value === undefined ? [] : [[name, value] as const]
  })
  return { ...Object.fromEntries(kept), ...extra }
}

/** Runs an npm command in `cwd` as a user would, with the download pointed at `mirror`. */
function npm(args: string[], cwd: string, mirror: string, cache: string) {
  const env = freshShellEnv({
    ELECTRON_MIRROR: mirror,
    electron_use_remote_checksums: '1',
    electron_config_cache: cache,
  })
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

const builtSince = (path: string, sinceMs: number) =>
  existsSync(path) && statSync(path).mtimeMs >= sinceMs

// On Windows the binary is electron.exe, which a shell-script stand-in cannot be.
describe.skipIf(process.platform === 'win32')('the README commands on a fresh clone', () => {
  let root: string
  let project: string
  let record: string
  let server: ReleaseServer | undefined
  let startedMs: number
  const repoHadBinary = existsSync(REPO_PATH_TXT)

  beforeEach(() => {
    startedMs = Date.now() - 1_000 // file systems with coarse timestamps
    root = realpathSync(mkdtempSync(join(tmpdir(), 'sundown-fresh-clone-')))
    project = copyProject(join(root, 'sundown'))
    record = recordFolder(root)
  })

  afterEach(async () => {
    await server?.close()
    server = undefined
    rmSync(root, { recursive: true, force: true })
    // The repository's own electron package is never touched.
    expect(existsSync(REPO_PATH_TXT)).toBe(repoHadBinary)
  })

  async function serveStandInRelease(): Promise<ReleaseServer> {
    const zip = await releaseZip(ELECTRON_VERSION, record)
    server = await serveRelease(releaseFiles(ELECTRON_VERSION, zip))
    return server
  }

  it('`npm start` downloads Electron once from the mirror and launches it on the app it just built', async () => {
    const release = await serveStandInRelease()

    const { code, output } = await npm(['start'], project, release.mirror, join(root, 'cache'))

    expect(output).not.toContain('Electron uninstall')
    expect(code, output).toBe(0)
    expect(release.requests).toContain(`/v${ELECTRON_VERSION}/${releaseZipName(ELECTRON_VERSION)}`)
    expect(release.requests).toContain(`/v${ELECTRON_VERSION}/SHASUMS256.txt`)
    const launch = readLaunch(record)
    expect(launch?.args).toEqual(['.'])
    expect(launch?.cwd).toBe(project)
    expect(launch?.env['ELECTRON_EXEC_PATH']).toBe(
      join(project, 'node_modules/electron/dist/electron'),
    )
    const main = (
      JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { main: string }
    ).main
    expect(main).toBe('./out/main/index.js')
    expect(builtSince(join(project, main), startedMs)).toBe(true)
    const preloads = readdirSync(join(project, 'out/preload'))
    expect(preloads.some((file) => builtSince(join(project, 'out/preload', file), startedMs))).toBe(
      true,
    )
    expect(builtSince(join(project, 'out/renderer/index.html'), startedMs)).toBe(true)
  }, 240_000)

  it('a later `npm start` uses the downloaded Electron without asking again, and passes options on', async () => {
    const release = await serveStandInRelease()
    const cache = join(root, 'cache')
    expect((await npm(['start'], project, release.mirror, cache)).code).toBe(0)
    const asked = release.requests.length
    rmSync(cache, { recursive: true })

    const { code, output } = await npm(
      ['start', '--', '--noSandbox'],
      project,
      release.mirror,
      cache,
    )

    expect(code, output).toBe(0)
    expect(release.requests).toHaveLength(asked)
    expect(readLaunch(record)?.args).toEqual(['.', '--no-sandbox'])
  }, 240_000)

  it('`npm run dev` downloads Electron and launches it against the renderer dev server', async () => {
    const release = await serveStandInRelease()

    const { code, output } = await npm(['run', 'dev'], project, release.mirror, join(root, 'cache'))

    expect(code, output).toBe(0)
    const launch = readLaunch(record)
    expect(launch?.args).toEqual(['.'])
    expect(launch?.cwd).toBe(project)
    expect(launch?.env['ELECTRON_RENDERER_URL']).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+$/)
    expect(builtSince(join(project, 'out/main/index.js'), startedMs)).toBe(true)
  }, 240_000)

  it('says what happened and what to do when the mirror answers 404', async () => {
    server = await serveRelease(new Map())

    const { code, output } = await npm(['start'], project, server.mirror, join(root, 'cache'))

    expect(code).not.toBe(0)
    const url = `${server.mirror}v${ELECTRON_VERSION}/${releaseZipName(ELECTRON_VERSION)}`
    expect(output).toContain(`HTTP 404 (Not Found) from ${url}`)
    expect(output).toContain('HTTPS_PROXY')
    expect(output).toContain('ELECTRON_MIRROR')
    expect(output).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(output).not.toContain('Electron uninstall')
    expect(readLaunch(record)).toBeNull()
  }, 120_000)
})
