// Rebuilds out/ when a source is newer than the bundle, so the built-app tests never judge a stale build.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What the bundle is made from. */
const INPUTS = ['src', 'build', 'electron.vite.config.ts', 'package.json']
/** What the built-app tests read from the bundle. */
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return -Infinity
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path).map((entry) => newestMtimeMs(join(path, entry))),
  )
}

/**
 * Builds the app in `root` with electron-vite unless every output is newer than every input. On a
 * fresh clone (CI) the e2e global setup has just built it; locally a build older than the sources
 * is rebuilt rather than tested. The build runs in a child, as the global setup's does.
 */
export function ensureFreshBuild(root: string): void {
  const oldestOutput = Math.min(
    ...OUTPUTS.map((file) => {
      const path = join(root, file)
      return existsSync(path) ? statSync(path).mtimeMs : -Infinity
    }),
  )
  const newestInput = Math.max(...INPUTS.map((input) => newestMtimeMs(join(root, input))))
  if (newestInput <= oldestOutput) return
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
}
