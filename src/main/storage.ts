/** Opens every store under the user-data folder and gathers the damaged files found on the way. */
import { join } from 'node:path'
import type { Clock } from './clock'
import { createAppStateStore, type AppStateStore } from './electron-store-app-state'
import {
  createJournaledDayEventStore,
  type JournaledDayEventStore,
} from './electron-store-day-journal'
import { createSettingsStore, type SettingsStore } from './electron-store-settings'
import { removeStaleTempFiles } from './stale-temp-files'

/** The app's stores, plus where any damaged file was moved aside. */
export interface Storage {
  folder: string
  settings: SettingsStore
  days: JournaledDayEventStore
  appState: AppStateStore
  /** Damaged files moved aside during this run and not yet reported to the user. */
  unreportedDamage(): string[]
}

/** Opens the settings, day-event and app-state stores in `userDataDir`. */
export function setupStorage(userDataDir: string, clock: Pick<Clock, 'now'>): Storage {
  const folder = join(userDataDir, 'data')
  const damaged: string[] = []
  const onDamaged = (movedTo: string) => void damaged.push(movedTo)
  // Single-instance lock held: no other writer can own these temp files.
  removeStaleTempFiles(folder)
  const settings = createSettingsStore({ cwd: folder, clock, onDamaged })
  const days = createJournaledDayEventStore({ cwd: folder, clock, onDamaged })
  const appState = createAppStateStore({ cwd: folder, clock, onDamaged })
  return {
    folder,
    settings,
    days,
    appState,
    unreportedDamage: () => damaged.filter((path) => !appState.wasDamageReported(path)),
  }
}
