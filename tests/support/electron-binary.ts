// Finds a real Electron binary the way the electron package would, without loading that package (loading it starts a download).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { platformBinaryPath } from '../../scripts/electron-binary-choice.ts'

/** A binary to launch, or why there is none here. */
export type ElectronBinary = { path: string } | { missing: string }

/** The electron package's folder, found through its package.json so index.js never runs. */
export function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
}

/**
 * The Electron binary: under ELECTRON_OVERRIDE_DIST_PATH when that is set, else in the electron
 * package's dist/ once its first launch downloaded it (path.txt names the file).
 */
export function findElectronBinary(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  packageDir: string = electronPackageDir(),
): ElectronBinary {
  const pathFile = join(packageDir, 'path.txt')
  const named = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const relative = named ?? platformBinaryPath(platform)
  if (!relative) return { missing: `Electron has no build for ${platform}` }
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']
  if (override) {
    const path = join(override, relative)
    return existsSync(path)
      ? { path }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${path} does not exist` }
  }
  if (named === null) {
    return {
      missing:
        'the Electron binary was never downloaded (no node_modules/electron/path.txt; it comes on first launch, ' +
        'which needs the network); point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron to run them',
    }
  }
  const path = join(packageDir, 'dist', relative)
  return existsSync(path)
    ? { path }
    : { missing: `node_modules/electron names ${path}, which is missing` }
}
