/** Which Electron binary `npm start` and `npm run dev` launch, or whether it must be fetched first. */
import { join } from 'node:path'

/** The binary inside an unpacked Electron, per platform, as electron's install.js names it. */
const PLATFORM_PATHS: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
}

/** What is on disk and in the environment, read by the caller so the choice stays pure. */
export interface ElectronInstallState {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** The installed electron package's folder and version (its package.json). */
  packageDir: string
  packageVersion: string
  /** The contents of the package's path.txt and dist/version, or null where the file is missing. */
  pathTxt: string | null
  distVersion: string | null
  isFile: (path: string) => boolean
}

/** Launch this binary, fetch the package's binary first, or stop and say why. */
export type ElectronBinaryChoice =
  { launch: string } | { fetch: string; reason: string } | { fail: string }

/** The binary's path inside an unpacked Electron for this platform, or undefined where Electron has none. */
export function platformBinaryPath(platform: NodeJS.Platform): string | undefined {
  return PLATFORM_PATHS[platform]
}

/**
 * ELECTRON_EXEC_PATH (electron-vite's own variable) wins, then ELECTRON_OVERRIDE_DIST_PATH; both
 * are the user's explicit choice, so a missing file there is an error, never a reason to
 * download. Otherwise the package's own download is used once it is complete for this version
 * (the same test electron's install.js makes), and fetched when it is not.
 */
export function chooseElectronBinary(state: ElectronInstallState): ElectronBinaryChoice {
  const { env, platform, packageDir, packageVersion, isFile } = state
  const execPath = env['ELECTRON_EXEC_PATH']
  if (execPath) {
    return isFile(execPath)
      ? { launch: execPath }
      : { fail: `ELECTRON_EXEC_PATH is set to ${execPath}, which does not exist.` }
  }
  const relative = platformBinaryPath(platform)
  if (!relative) return { fail: `Electron publishes no build for ${platform}.` }
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']
  if (override) {
    const path = join(override, relative)
    return isFile(path)
      ? { launch: path }
      : {
          fail:
            `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but ${path} does not exist. ` +
            `Point it at the folder of an unpacked Electron ${packageVersion} for ${platform}, or unset it to download Electron.`,
        }
  }
  const path = join(packageDir, 'dist', relative)
  if (state.pathTxt === null) return { fetch: path, reason: 'not downloaded yet' }
  if (state.pathTxt !== relative) return { fetch: path, reason: 'downloaded for another platform' }
  if (state.distVersion?.replace(/^v/, '') !== packageVersion) {
    return { fetch: path, reason: `the download is not version ${packageVersion}` }
  }
  return isFile(path) ? { launch: path } : { fetch: path, reason: `${path} is missing` }
}
