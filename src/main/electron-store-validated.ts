/** One way to open a JSON store file: construct it, check its content, and move a damaged file aside first. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import ElectronStore from 'electron-store'
import { quarantineDamagedFile } from './damaged-file-quarantine'

/** Where a store's file lives and whom to tell when it was damaged: the same for every store. */
export interface StoreFileOptions {
  /** The folder holding the file (the app's data folder). */
  cwd: string
  /** Only the quarantine timestamp reads it. */
  clock?: { now(): number }
  /** Called once with the new path of a file that was moved aside. */
  onDamaged: (movedTo: string) => void
}

/** One store file: its name, how to read its content, and what it holds when new. */
export interface ValidatedStoreFile<T> extends StoreFileOptions {
  /** The file is `<name>.json` in `cwd`. */
  name: string
  /** The clean value of the file's content, or null when it fails the schema. */
  parse: (content: Record<string, unknown>) => T | null
  /** What a new file holds, and what the app starts with once a damaged one is moved aside. */
  empty: () => T
}

/** The open electron-store and the checked value read from it. */
export interface ValidatedStore<T> {
  store: ElectronStore<Record<string, unknown>>
  value: T
}

const isParseError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'SyntaxError'

/**
 * Opens `<name>.json`, moving a file that fails to parse or fails `parse` aside (never deleting
 * it) and starting from `empty()`; each move is reported once, as it happens. electron-store's
 * `defaults`, `schema` and `clearInvalidConfig` stay unused: conf would merge defaults into the
 * file before it can be checked, and would wipe a damaged file.
 */
export function openValidatedStore<T>(file: ValidatedStoreFile<T>): ValidatedStore<T> {
  const { cwd, name, parse, empty, onDamaged, clock = { now: Date.now } } = file
  const path = join(cwd, `${name}.json`)
  const open = () => new ElectronStore<Record<string, unknown>>({ cwd, name })
  const moveAside = (): ValidatedStore<T> => {
    onDamaged(quarantineDamagedFile(path, clock.now()))
    return { store: open(), value: empty() }
  }
  let store: ElectronStore<Record<string, unknown>>
  try {
    store = open()
  } catch (error) {
    // Only a parse failure means the bytes are bad; a permissions error is not the file's fault.
    if (!isParseError(error) || !existsSync(path)) throw error
    return moveAside()
  }
  if (!existsSync(path)) return { store, value: empty() }
  const content = store.store
  // conf reads an array, a bare value or null as an empty store; none of our stores ever writes
  // an empty one, so an empty read of a file that exists means the file is not what we wrote.
  const value = Object.keys(content).length === 0 ? null : parse(content)
  return value === null ? moveAside() : { store, value }
}
