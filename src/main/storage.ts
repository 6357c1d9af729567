/** Opens every store under the user-data folder and gathers the damaged files found on the way. */
import { join } from 'node:path'
import type { Clock } from './clock'
import { createAppStateStore, type AppStateStore } from './electron-store-app-state'
import { createDayEventStore, type DayEventStore } from './electron-store-day-events'
import { createSettingsStore, type SettingsStore } from './electron-store-settings'

/** The app's stores, plus where any damaged file was moved aside. */
export interface Storage {
  folder: string
  settings: SettingsStore
  days: DayEventStore
  appState: AppStateStore
  /** Damaged files moved aside during this run and not yet reported to the user. */
  unreportedDamage(): string[]
}

/** Opens the settings, day-event and app-state stores in `userDataDir`. */
export function setupStorage(userDataDir: string, clock: Pick<Clock, 'now'>): Storage {
  const folder = join(userDataDir, 'data')
  const damaged: string[] = []
  const onDamaged = (movedTo: string) => void damaged.push(movedTo)
  const settings = createSettingsStore({ cwd: folder, clock, onDamaged })
  const days = createDayEventStore({ cwd: folder, clock, onDamaged })
  const appState = createAppStateStore({ cwd: folder, clock, onDamaged })
  return {
    folder,
    settings,
    days,
    appState,
    unreportedDamage: () => damaged.filter((path) => !appState.wasDamageReported(path)),
  }
}
