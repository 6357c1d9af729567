/** Opens every store under the user-data folder, gathers the damaged files found on the way, and logs storage problems. */
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { Clock } from './clock'
import { createAppStateStore, type AppStateStore } from './electron-store-app-state'
import {
  createDeviceIdentityStore,
  type DeviceIdentityStore,
} from './electron-store-device-identity'
import {
  createJournaledDayEventStore,
  type JournaledDayEventStore,
} from './electron-store-day-journal'
import type { Logger } from './logger'
import { createSettingsStore, type SettingsStore } from './electron-store-settings'
import { removeStaleTempFiles } from './stale-temp-files'
import { feedingStoredWrites, type StoredWrites } from './stored-writes-feed'

/** The app's stores, plus where any damaged file was moved aside. */
export interface Storage {
  folder: string
  settings: SettingsStore
  days: JournaledDayEventStore
  appState: AppStateStore
  /** This installation's device id and name, and its sync folder's bookkeeping. */
  identity: DeviceIdentityStore
  /** What the day and settings stores took, told after each write (the sync folder follows it). */
  writes: StoredWrites
  /** Damaged files moved aside during this run and not yet reported to the user. */
  unreportedDamage(): string[]
}

/** Opens the settings, day-event, app-state and identity stores in `userDataDir`; moves and failed writes go to `logger`. */
export function setupStorage(
  userDataDir: string,
  clock: Pick<Clock, 'now'>,
  logger: Logger,
  deviceName: () => string = hostname,
): Storage {
  const folder = join(userDataDir, 'data')
  const damaged: string[] = []
  const onDamaged = (movedTo: string) => {
    logger.warn(`A damaged data file was moved aside, not deleted: ${movedTo}`)
    damaged.push(movedTo)
  }
  // Single-instance lock held: no other writer can own these temp files.
  removeStaleTempFiles(folder)
  const settings = createSettingsStore({ cwd: folder, clock, onDamaged })
  const days = createJournaledDayEventStore({ cwd: folder, clock, onDamaged })
  const appState = createAppStateStore({ cwd: folder, clock, onDamaged })
  const identity = createDeviceIdentityStore({
    cwd: folder,
    clock,
    onDamaged,
    defaultName: () => deviceName() || process.platform,
  })
  const logged = <T extends object>(store: T, what: string, writes: readonly (keyof T)[]) =>
    loggingFailedWrites(store, writes, (name, error) =>
      logger.error(`Could not write ${what} (${name}) in ${folder}`, error),
    )
  const fed = feedingStoredWrites(
    logged(days, 'the day events', ['append', 'merge', 'mergeRecent', 'fold', 'foldOldDays']),
    logged(settings, 'the settings', ['write']),
  )
  return {
    folder,
    settings: fed.settings,
    days: fed.days,
    writes: fed.writes,
    identity: logged(identity, 'the device identity', ['update']),
    appState: logged(appState, 'the app state', [
      'recordHeartbeat',
      'markConfirmationAsked',
      'markDamageReported',
    ]),
    unreportedDamage: () => damaged.filter((path) => !appState.wasDamageReported(path)),
  }
}

/** The store with each of `writes` reporting a throw before passing it on to the caller. */
function loggingFailedWrites<T extends object>(
  store: T,
  writes: readonly (keyof T)[],
  onFailure: (name: string, error: unknown) => void,
): T {
  const wrapped = { ...store }
  for (const name of writes) {
    const write = store[name]
    if (typeof write !== 'function') continue
    wrapped[name] = ((...args: unknown[]) => {
      try {
        return write.apply(store, args)
      } catch (error) {
        onFailure(String(name), error)
        throw error
      }
    }) as T[keyof T]
  }
  return wrapped
}
