// What Chromium does between Sundown's processes, for the stand-in: structured clones across IPC, and the canonical URL of a loaded file.
import { posix, win32 } from 'node:path'
import { format } from 'node:url'
import type { LoadFileOptions } from 'electron'

/**
 * A value as the other process receives it: structured-cloned, so prototypes are lost and a
 * function, symbol or promise fails with the text Electron's serializer throws.
 */
export function cloneAcrossProcesses<T>(value: T): T {
  try {
    return structuredClone(value)
  } catch {
    throw new Error('An object could not be cloned.')
  }
}

/**
 * The renderer's rejection for an `invoke` whose handler failed: main replies with the error's
 * `toString()` and the renderer wraps it (Electron's ipc-renderer: "Error invoking remote method").
 */
export function invokeRejection(channel: string, error: unknown): Error {
  return new Error(`Error invoking remote method '${channel}': ${String(error)}`)
}

/** Chromium writes a Windows drive letter in capitals when it canonicalises a file URL. */
const capitalDrive = (href: string): string =>
  href.replace(/^file:\/\/\/([a-z]):/, (_, drive: string) => `file:///${drive.toUpperCase()}:`)

/**
 * The URL `loadFile(filePath, options)` leaves a page at, built as Electron's own loadFile does
 * (`url.format` of the path resolved against the app path) and then canonicalised (spaces and
 * non-ASCII percent-encoded, `\` turned to `/`, `%` left alone), with Windows paths on win32.
 */
export function loadedFileUrl(
  appPath: string,
  filePath: string,
  options: LoadFileOptions = {},
  platform: string = process.platform,
): string {
  // A drive letter or a UNC share: a path only Windows has.
  const windowsPath = platform === 'win32' && /^([A-Za-z]:[\\/]|[\\/]{2}[^\\/])/.test(filePath)
  const pathname = windowsPath ? win32.resolve(filePath) : posix.resolve(appPath, filePath)
  const { query, search, hash } = options
  const formatted = format({ protocol: 'file', slashes: true, pathname, query, search, hash })
  return capitalDrive(new URL(formatted).href)
}
