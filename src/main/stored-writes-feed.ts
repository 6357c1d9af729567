/** Tells listeners what the day store took and what the settings store wrote, after each write landed: the sync folder follows from it. */
import type { Settings } from '../core'
import type { DayEvents } from './electron-store-day-events'
import type { JournaledDayEventStore } from './electron-store-day-journal'
import type { SettingsStore } from './electron-store-settings'

/** Listeners of the stores' writes. */
export interface StoredWrites {
  /** Days handed to a write that stored at least one new event (the listener picks what is new to it). */
  onDaysStored(listener: (days: readonly DayEvents[]) => void): () => void
  /** Settings just written. */
  onSettingsWritten(listener: (settings: Settings) => void): () => void
}

/** The stores, each write followed by its listeners once it succeeded; and the listeners' registry. */
export function feedingStoredWrites(
  days: JournaledDayEventStore,
  settings: SettingsStore,
): { days: JournaledDayEventStore; settings: SettingsStore; writes: StoredWrites } {
  const dayListeners = new Set<(days: readonly DayEvents[]) => void>()
  const settingsListeners = new Set<(settings: Settings) => void>()
  const told = (stored: readonly DayEvents[]) => {
    for (const listener of dayListeners) listener(stored)
  }
  const listen = <T>(set: Set<T>, listener: T) => {
    set.add(listener)
    return () => void set.delete(listener)
  }
  return {
    days: {
      ...days,
      append(date, event) {
        const stored = days.append(date, event)
        if (stored) told([{ date, events: [event] }])
        return stored
      },
      merge(incoming) {
        const result = days.merge(incoming)
        if (result.imported > 0) told(incoming)
        return result
      },
      mergeRecent(incoming, today) {
        const result = days.mergeRecent(incoming, today)
        if (result.imported > 0) told(incoming)
        return result
      },
    },
    settings: {
      get path() {
        return settings.path
      },
      get migratedFrom() {
        return settings.migratedFrom
      },
      read: () => settings.read(),
      write(next) {
        const result = settings.write(next)
        if (result.ok) for (const listener of settingsListeners) listener(settings.read())
        return result
      },
    },
    writes: {
      onDaysStored: (listener) => listen(dayListeners, listener),
      onSettingsWritten: (listener) => listen(settingsListeners, listener),
    },
  }
}
