/** Settings on disk: one electron-store file, our own migrations, validation on read, a damaged file moved aside. */
import { join } from 'node:path'
import ElectronStore from 'electron-store'
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../core'
import type { SaveResult } from '../shared/ipc-contract'
import { openQuarantiningDamage } from './damaged-file-quarantine'
import { migrateSettings } from './settings-migrations'

/** Where settings live and whom to tell when the file was damaged. */
export interface SettingsStoreOptions {
  /** The folder holding `settings.json` (the app's userData folder). */
  cwd: string
  /** Only the quarantine timestamp reads it. */
  clock?: { now(): number }
  /** Called once with the new path of a file that was moved aside. */
  onDamaged: (movedTo: string) => void
}

/** The settings the app runs on, and the one way to change them. */
export interface SettingsStore {
  /** The file, for the export dialog and for tests. */
  readonly path: string
  /** The version the file was migrated from on open, or null when it needed none. */
  readonly migratedFrom: number | null
  read(): Settings
  /** Validates first: invalid settings come back as field errors and nothing is written. */
  write(settings: unknown): SaveResult
}

/**
 * Opens the settings store. electron-store's `defaults` and `migrations` are
 * left unused on purpose: conf merges defaults into the file before anything
 * can look at it, which would hide an old or damaged shape from our migration
 * and validation; and `clearInvalidConfig` would wipe a damaged file.
 */
export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { cwd, clock = { now: Date.now }, onDamaged } = options
  const start = { settings: DEFAULT_SETTINGS, migratedFrom: null as number | null }
  const { store, value } = openQuarantiningDamage({
    path: join(cwd, 'settings.json'),
    open: () => new ElectronStore<Record<string, unknown>>({ cwd, name: 'settings' }),
    check: (content) => {
      if (content === undefined) return start
      const migrated = migrateSettings(content)
      const checked = validateSettings(migrated.settings)
      return checked.ok ? { settings: checked.settings, migratedFrom: migrated.migratedFrom } : null
    },
    fallback: start,
    nowMs: () => clock.now(),
    onDamaged,
  })
  let current = value.settings
  // Written back at once so the migration runs a single time, in one atomic write.
  if (value.migratedFrom !== null) store.store = current
  return {
    path: store.path,
    migratedFrom: value.migratedFrom,
    read: () => structuredClone(current),
    write(settings) {
      const checked = validateSettings(settings)
      if (!checked.ok) return { ok: false, errors: checked.errors }
      store.store = checked.settings
      current = checked.settings
      return { ok: true }
    },
  }
}
