// A fresh clone of the project in a temporary folder, sharing the installed packages but owning its electron package.
import { execFileSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The repository this test runs in. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..')

/**
 * What a clone holds (the files git tracks or would track), plus a node_modules where every
 * package is a link to the repository's except `electron`: that one is a copy of the package as
 * npm installs it, without a downloaded binary, so a download lands in the copy and never in
 * the repository's own node_modules/electron, where the real-Electron tests look.
 */
export function copyProject(target: string): string {
  const listed = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = join(REPO_ROOT, file)
    if (!existsSync(from)) continue // deleted in the work tree, not yet in git
    mkdirSync(dirname(join(target, file)), { recursive: true })
    copyFileSync(from, join(target, file))
  }
  const modules = join(target, 'node_modules')
  mkdirSync(modules)
  for (const entry of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    // Caches (.vite, .cache, .vite-temp) stay the copy's own, so its build never writes into the repository.
    if (entry.startsWith('.') && entry !== '.bin') continue
    if (entry === 'electron') continue
    symlinkSync(join(REPO_ROOT, 'node_modules', entry), join(modules, entry))
  }
  const electron = join(REPO_ROOT, 'node_modules', 'electron')
  cpSync(electron, join(modules, 'electron'), {
    recursive: true,
    filter: (source) => !['dist', 'path.txt'].includes(source.slice(electron.length + 1)),
  })
  return target
}
