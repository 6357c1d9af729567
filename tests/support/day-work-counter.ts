/** Counts the day's work from outside the app: reads and appends of the day-event store, and the core's replays, by date. */
import { vi } from 'vitest'
import type { LocalDate } from '../../src/core'
import * as replayModule from '../../src/core/replay-day'
import * as journalModule from '../../src/main/electron-store-day-journal'

/** Totals since counting began; a caller compares two snapshots around what it measures. */
export interface DayWork {
  reads: number
  appends: number
  /** Replays of the date counted as today. */
  todayReplays: number
  /** Replays of any other date. */
  otherReplays: number
}

/** The running count, and the way to take the spies off. */
export interface DayWorkCount {
  now(): DayWork
  stop(): void
}

/** The difference between two snapshots. */
export const workBetween = (before: DayWork, after: DayWork): DayWork => ({
  reads: after.reads - before.reads,
  appends: after.appends - before.appends,
  todayReplays: after.todayReplays - before.todayReplays,
  otherReplays: after.otherReplays - before.otherReplays,
})

/**
 * Spies on the module exports the app calls (vitest's module runner reads them at each call):
 * every day-event store opened from now on counts its reads and appends, and every replay is
 * counted by its plan's date. Start before the app opens its stores.
 */
export function countDayWork(today: LocalDate): DayWorkCount {
  const work: DayWork = { reads: 0, appends: 0, todayReplays: 0, otherReplays: 0 }
  const open = journalModule.createJournaledDayEventStore
  const replay = replayModule.replayDay
  const stores = vi
    .spyOn(journalModule, 'createJournaledDayEventStore')
    .mockImplementation((options) => {
      const store = open(options)
      return {
        ...store,
        eventsFor: (date) => (work.reads++, store.eventsFor(date)),
        append: (date, event) => (work.appends++, store.append(date, event)),
      }
    })
  const replays = vi.spyOn(replayModule, 'replayDay').mockImplementation((plan, ...rest) => {
    if (plan.date === today) work.todayReplays++
    else work.otherReplays++
    return replay(plan, ...rest)
  })
  return {
    now: () => ({ ...work }),
    stop() {
      stores.mockRestore()
      replays.mockRestore()
    },
  }
}
