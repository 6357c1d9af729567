/** Figure 2's naive baseline: every year of day events in one electron-store file, validated and written like ours. */
import ElectronStore from 'electron-store'
import * as v from 'valibot'
import type { DayEvent, LocalDate } from '../src/core'
import type { DayEvents } from '../src/main/electron-store-day-events'
import { DayEventSchema, LocalDateSchema } from '../src/shared/day-event-schema'

const AllYearsSchema = v.strictObject({ days: v.record(LocalDateSchema, v.array(DayEventSchema)) })

/** The one-file store: open reads and checks all of history; an append rewrites all of it. */
export interface AllYearsStore {
  append(date: LocalDate, event: DayEvent): void
  eventsFor(date: LocalDate): DayEvent[]
}

/** Writes `history` as one file named `days-all.json` in `cwd`. */
export function writeAllYears(cwd: string, history: readonly DayEvents[]): void {
  const store = new ElectronStore<Record<string, unknown>>({ cwd, name: 'days-all' })
  store.set('days', Object.fromEntries(history.map((day) => [day.date, day.events])))
}

/** Opens `days-all.json` in `cwd`, checking every event as our year files are checked. */
export function openAllYears(cwd: string): AllYearsStore {
  const store = new ElectronStore<Record<string, unknown>>({ cwd, name: 'days-all' })
  const days = new Map(Object.entries(v.parse(AllYearsSchema, store.store).days))
  return {
    append(date, event) {
      const events = [...(days.get(date) ?? []), v.parse(DayEventSchema, event)]
      store.set(`days.${date}`, events)
      days.set(date, events)
    },
    eventsFor: (date) => [...(days.get(date) ?? [])],
  }
}
