/**
 * Recent day events in small journal files beside the year files: an append
 * rewrites a few kilobytes, not a year of history, and finished days are
 * folded into their year file once, at start-up and at each day rollover.
 * Figure 2 keeps it: straight into a year file, an append's p95 is over the 2 ms budget.
 */
import { addDays, type DayEvent, type LocalDate } from '../core'
import { MAX_EVENTS_PER_DAY } from '../shared/day-event-schema'
import { openDayFile } from './electron-store-day-file'
import {
  byDate,
  checkedDay,
  createDayEventStore,
  type DayEventStore,
  type DayEvents,
} from './electron-store-day-events'
import type { StoreFileOptions } from './electron-store-validated'

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
  /**
   * Merges like `merge`, but the days of the last week go into the journal: another device's
   * event of today costs a journal write of a few kilobytes, not a rewrite of its year file.
   */
  mergeRecent(days: readonly DayEvents[], today: LocalDate): { imported: number; skipped: number }
}

const FOLD_WHEN_OLDER_THAN_DAYS = 28
const KEEP_RECENT_DAYS = 7

/** Events of both places for one date, each id once (a fold cut short leaves a day in both). */
const union = (settled: readonly DayEvent[], recent: readonly DayEvent[]): DayEvent[] => {
  const ids = new Set(settled.map((event) => event.id))
  return [...settled, ...recent.filter((event) => !ids.has(event.id))]
}

/**
 * Opens the year files and the journals in `cwd`: `days-journal.json` for what happens here, and
 * `days-journal-others.json` for other devices' recent events, so an append here rewrites this
 * device's recent days only, however many devices sync (figure 6.3).
 */
export function createJournaledDayEventStore(options: StoreFileOptions): JournaledDayEventStore {
  const years = createDayEventStore(options)
  const journal = openDayFile(options, { name: 'days-journal' })
  const othersJournal = openDayFile(options, { name: 'days-journal-others' })
  const journals = [journal, othersJournal]

  /** A date's events in both journals, each id once. */
  const recent = (date: LocalDate): DayEvent[] =>
    union(journal.days.get(date) ?? [], othersJournal.days.get(date) ?? [])

  const eventsFor = (date: LocalDate): DayEvent[] => union(years.eventsFor(date), recent(date))

  /** Every date either journal holds. */
  const journalDates = (): LocalDate[] => [
    ...new Set([...journal.days.keys(), ...othersJournal.days.keys()]),
  ]
  /** Every date either journal holds, with its events. */
  const journalDays = (): Map<LocalDate, DayEvent[]> =>
    new Map(journalDates().map((date) => [date, recent(date)]))

  function fold(before: LocalDate): void {
    const finished = byDate(journalDays()).filter((day) => day.date < before)
    if (finished.length === 0) return
    // Year files first, then the journals: a crash in between leaves duplicates that the id union hides and the next fold skips.
    years.merge(finished)
    for (const file of journals) {
      const next = new Map(file.days)
      for (const day of finished) next.delete(day.date)
      if (next.size !== file.days.size) file.save(next)
    }
  }

  const merge = (days: readonly DayEvents[]) => {
    const inJournal = (date: LocalDate, event: DayEvent) =>
      recent(date).some((other) => other.id === event.id)
    const fresh = days.map((day) => ({
      date: day.date,
      events: day.events.filter((event) => !inJournal(day.date, event)),
    }))
    const result = years.merge(fresh)
    const count = (of: readonly { events: readonly unknown[] }[]) =>
      of.reduce((total, day) => total + day.events.length, 0)
    return { imported: result.imported, skipped: result.skipped + count(days) - count(fresh) }
  }

  return {
    append(date, event) {
      const [clean] = checkedDay(date, [event]) as [DayEvent]
      const known = eventsFor(date)
      if (known.length >= MAX_EVENTS_PER_DAY || known.some((other) => other.id === clean.id)) {
        return false
      }
      journal.save(new Map(journal.days).set(date, [...(journal.days.get(date) ?? []), clean]))
      return true
    },
    eventsFor,
    allDays() {
      const all = new Map(years.allDays().map((day) => [day.date, day.events]))
      for (const [date, events] of journalDays()) all.set(date, union(all.get(date) ?? [], events))
      return byDate(all)
    },
    daysOfYear(year) {
      const all = new Map(years.daysOfYear(year).map((day) => [day.date, day.events]))
      for (const [date, events] of journalDays()) {
        if (date.startsWith(`${year}-`)) all.set(date, union(all.get(date) ?? [], events))
      }
      return byDate(all)
    },
    merge,
    mergeRecent(days, today) {
      const from = addDays(today, -KEEP_RECENT_DAYS)
      const older = merge(days.filter((day) => day.date < from))
      const next = new Map(othersJournal.days)
      let imported = 0
      let skipped = 0
      for (const day of days.filter((recent) => recent.date >= from)) {
        const known = eventsFor(day.date)
        const ids = new Set(known.map((event) => event.id))
        const added: DayEvent[] = []
        for (const event of checkedDay(day.date, day.events)) {
          if (ids.has(event.id) || known.length + added.length >= MAX_EVENTS_PER_DAY) {
            skipped++
            continue
          }
          ids.add(event.id)
          added.push(event)
        }
        imported += added.length
        if (added.length > 0) next.set(day.date, [...(next.get(day.date) ?? []), ...added])
      }
      // One write of the others' journal for every recent day merged; this device's stays as it is.
      if (imported > 0) othersJournal.save(next)
      return { imported: older.imported + imported, skipped: older.skipped + skipped }
    },
    foldOldDays(today) {
      const oldest = journalDates().sort()[0]
      if (oldest !== undefined && oldest < addDays(today, -FOLD_WHEN_OLDER_THAN_DAYS)) {
        fold(addDays(today, -KEEP_RECENT_DAYS))
      }
    },
    fold,
  }
}
