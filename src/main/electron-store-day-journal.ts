/**
 * Recent day events in a small journal file beside the year files: an append
 * rewrites a few kilobytes, not a year of history, and finished days are
 * folded into their year file once, at start-up and at each day rollover.
 */
import * as v from 'valibot'
import { addDays, type DayEvent, type LocalDate } from '../core'
import { DayEventSchema, LocalDateSchema, MAX_EVENTS_PER_DAY } from '../shared/day-event-schema'
import { createDayEventStore, type DayEventStore } from './electron-store-day-events'
import { openValidatedStore, type StoreFileOptions } from './electron-store-validated'

/** The day event store with a journal in front: same reads, cheaper appends, plus folding. */
export interface JournaledDayEventStore extends DayEventStore {
  /** Moves every journal day before `before` into its year file; safe to repeat after a crash. */
  fold(before: LocalDate): void
  /**
   * Folds in batches: once the journal holds a day older than four weeks,
   * everything older than a week moves to the year files — a year-file write
   * every few weeks, not every day, while the journal stays a few dozen kilobytes.
   */
  foldOldDays(today: LocalDate): void
}

const FOLD_WHEN_OLDER_THAN_DAYS = 28
const KEEP_RECENT_DAYS = 7

const journalSchema = v.strictObject({
  days: v.record(LocalDateSchema, v.pipe(v.array(DayEventSchema), v.maxLength(MAX_EVENTS_PER_DAY))),
})

/** Events of both places for one date, each id once (a fold cut short leaves a day in both). */
const union = (settled: readonly DayEvent[], recent: readonly DayEvent[]): DayEvent[] => {
  const ids = new Set(settled.map((event) => event.id))
  return [...settled, ...recent.filter((event) => !ids.has(event.id))]
}

/** Opens the year files and the journal (`days-journal.json`) in `cwd`. */
export function createJournaledDayEventStore(options: StoreFileOptions): JournaledDayEventStore {
  const years = createDayEventStore(options)
  const { store, value } = openValidatedStore({
    ...options,
    name: 'days-journal',
    parse: (content) => {
      const parsed = v.safeParse(journalSchema, content)
      return parsed.success ? new Map(Object.entries(parsed.output.days)) : null
    },
    empty: () => new Map<LocalDate, DayEvent[]>(),
  })
  const journal = value

  const eventsFor = (date: LocalDate): DayEvent[] =>
    union(years.eventsFor(date), journal.get(date) ?? [])

  const journalDays = () => [...journal].map(([date, events]) => ({ date, events: [...events] }))

  return {
    append(date, event) {
      const clean = v.parse(DayEventSchema, event) as DayEvent
      v.parse(LocalDateSchema, date)
      const known = eventsFor(date)
      if (known.length >= MAX_EVENTS_PER_DAY || known.some((other) => other.id === clean.id)) {
        return false
      }
      const events = [...(journal.get(date) ?? []), clean]
      // The whole journal is written from memory: conf's keyed set would re-read the file first.
      journal.set(date, events)
      store.store = { days: Object.fromEntries(journal) }
      return true
    },
    eventsFor,
    eventsForMonth(month) {
      const settled = new Map(years.eventsForMonth(month).map((day) => [day.date, day.events]))
      for (const [date, events] of journal) {
        if (date.startsWith(`${month}-`)) settled.set(date, union(settled.get(date) ?? [], events))
      }
      return [...settled]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([date, events]) => ({ date, events }))
    },
    years: () =>
      [
        ...new Set([
          ...years.years(),
          ...[...journal.keys()].map((date) => Number(date.slice(0, 4))),
        ]),
      ].sort((a, b) => a - b),
    allDays() {
      const all = new Map(years.allDays().map((day) => [day.date, day.events]))
      for (const [date, events] of journal) all.set(date, union(all.get(date) ?? [], events))
      return [...all]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([date, events]) => ({ date, events }))
    },
    merge: (days) => {
      const known = days.map((day) => ({
        date: day.date,
        events: day.events.filter(
          (event) => !(journal.get(day.date) ?? []).some((other) => other.id === event.id),
        ),
      }))
      const result = years.merge(known)
      return {
        imported: result.imported,
        skipped:
          result.skipped +
          (days.flatMap((day) => day.events).length - known.flatMap((day) => day.events).length),
      }
    },
    foldOldDays(today) {
      const oldest = [...journal.keys()].sort()[0]
      if (oldest !== undefined && oldest < addDays(today, -FOLD_WHEN_OLDER_THAN_DAYS)) {
        this.fold(addDays(today, -KEEP_RECENT_DAYS))
      }
    },
    fold(before) {
      const finished = journalDays().filter((day) => day.date < before)
      if (finished.length === 0) return
      // Year files first, then the journal: a crash in between leaves duplicates that the id union hides and the next fold skips.
      years.merge(finished)
      for (const day of finished) journal.delete(day.date)
      store.store = { days: Object.fromEntries(journal) }
    },
  }
}
