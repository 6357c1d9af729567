/** Damaged store files: moved aside beside the original, never deleted or cleared, so nothing a user wrote is lost. */
import { existsSync, readdirSync, renameSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

const DAMAGED_MARK = '.damaged-'

/** Moves a file to `<name>.damaged-<timestamp>.json` in the same folder and returns the new path. */
export function quarantineDamagedFile(filePath: string, nowMs: number): string {
  const extension = extname(filePath) || '.json'
  const name = basename(filePath, extname(filePath))
  // Colons and dots out of the ISO form: Windows refuses colons in file names.
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-')
  for (let attempt = 0; ; attempt++) {
    const suffix = attempt === 0 ? '' : `-${attempt}`
    const target = join(dirname(filePath), `${name}${DAMAGED_MARK}${stamp}${suffix}${extension}`)
    // rename replaces silently on POSIX, and an earlier quarantine must never be overwritten.
    if (existsSync(target)) continue
    renameSync(filePath, target)
    return target
  }
}

/** Every quarantined file in a folder, so reports a crash cut short can still be shown. */
export function listDamagedFiles(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .filter((name) => name.includes(DAMAGED_MARK))
    .sort()
    .map((name) => join(folder, name))
}

/** A store as this module needs it: electron-store and conf both fit. */
export interface StoreFile {
  readonly store: Record<string, unknown>
}

/** How to open one store file that may be damaged. */
export interface QuarantinedOpen<S extends StoreFile, T> {
  /** Where the file lives; known up front because a store that throws on open has no `path` to ask. */
  path: string
  /** Opens the store; conf throws a SyntaxError for a file that is not JSON. */
  open: () => S
  /** The clean value of the file's content (undefined: no file yet), or null when it fails the schema. */
  check: (content: Record<string, unknown> | undefined) => T | null
  /** What the app starts with once the file is moved aside. */
  fallback: T
  nowMs: () => number
  onDamaged: (movedTo: string) => void
}

const isParseError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'SyntaxError'

/**
 * Opens a store, moving a file that fails to parse or fails `check` aside and
 * starting from `fallback`; each move is reported once, as it happens.
 */
export function openQuarantiningDamage<S extends StoreFile, T>(
  options: QuarantinedOpen<S, T>,
): { store: S; value: T } {
  const { path, open, check, fallback, nowMs, onDamaged } = options
  const moveAside = (): S => {
    onDamaged(quarantineDamagedFile(path, nowMs()))
    return open()
  }
  let store: S
  try {
    store = open()
  } catch (error) {
    // Only a parse failure means the bytes are bad; a permissions error is not the file's fault.
    if (!isParseError(error) || !existsSync(path)) throw error
    return { store: moveAside(), value: fallback }
  }
  if (!existsSync(path)) return { store, value: check(undefined) ?? fallback }
  const content = store.store
  // conf reads an array, a bare value or null as an empty store; none of our stores ever writes
  // an empty one, so an empty read of a file that exists means the file is not what we wrote.
  const value = Object.keys(content).length === 0 ? null : check(content)
  if (value === null) return { store: moveAside(), value: fallback }
  return { store, value }
}
