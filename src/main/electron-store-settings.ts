/** Settings on disk: one electron-store file, our own migrations, validation on read, a damaged file moved aside. */
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../core'
import type { SaveResult } from '../shared/ipc-contract'
import { openValidatedStore, type StoreFileOptions } from './electron-store-validated'
import { migrateSettings } from './settings-migrations'

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
 * Opens `settings.json` in `cwd`. electron-store's `migrations` are left unused on purpose, as its
 * `defaults` are: both act on the file before anything can look at it, which would hide an old
 * or damaged shape from our migration and validation.
 */
export function createSettingsStore(options: StoreFileOptions): SettingsStore {
  const { store, value } = openValidatedStore({
    ...options,
    name: 'settings',
    parse: (content) => {
      const migrated = migrateSettings(content)
      const checked = validateSettings(migrated.settings)
      return checked.ok ? { settings: checked.settings, migratedFrom: migrated.migratedFrom } : null
    },
    empty: () => ({ settings: DEFAULT_SETTINGS, migratedFrom: null as number | null }),
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
