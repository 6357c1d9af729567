/** Day events on disk: one electron-store file per year (`days-2026.json`), so an append never rewrites other years. */
import { existsSync, readdirSync } from 'node:fs'
import type ElectronStore from 'electron-store'
import * as v from 'valibot'
import type { DayEvent, LocalDate, MonthRef } from '../core'
import { DayEventSchema, LocalDateSchema, MAX_EVENTS_PER_DAY } from '../shared/day-event-schema'
import { openValidatedStore, type StoreFileOptions } from './electron-store-validated'

/** One date and its events. */
export interface DayEvents {
  date: LocalDate
  events: DayEvent[]
}

/** The history of every day, appended one event at a time. */
export interface DayEventStore {
  /** Stores one event with one write of its year's file; false when its id is already there or the day is full. */
  append(date: LocalDate, event: DayEvent): boolean
  eventsFor(date: LocalDate): DayEvent[]
  /** The days of one month that have events, in date order; reads that month's year file only. */
  eventsForMonth(month: MonthRef): DayEvents[]
  /** The years that have a file, ascending. */
  years(): number[]
  /** Every day of every year, in date order, for export. */
  allDays(): DayEvents[]
  /** Adds the events whose id the day does not hold yet, one write per year touched; importing twice changes nothing. */
  merge(days: readonly DayEvents[]): { imported: number; skipped: number }
}

const YEAR_FILE = /^days-(\d{4})\.json$/
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

const yearFileSchema = (year: number) =>
  v.strictObject({
    days: v.record(
      v.pipe(
        LocalDateSchema,
        v.check((date) => date.startsWith(`${year}-`), `A date of another year than ${year}.`),
      ),
      v.pipe(v.array(DayEventSchema), v.maxLength(MAX_EVENTS_PER_DAY)),
    ),
  })

interface YearFile {
  store: ElectronStore<Record<string, unknown>>
  days: Map<LocalDate, DayEvent[]>
}

const yearOf = (date: LocalDate): number => Number(date.slice(0, 4))

const byDate = (days: Map<LocalDate, DayEvent[]>): DayEvents[] =>
  [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, events]) => ({ date, events: [...events] }))

/** Opens the day event store; year files open on first use and stay open. */
export function createDayEventStore(options: StoreFileOptions): DayEventStore {
  const { cwd } = options
  const open = new Map<number, YearFile>()

  const yearFile = (year: number): YearFile => {
    const cached = open.get(year)
    if (cached) return cached
    const schema = yearFileSchema(year)
    const { store, value } = openValidatedStore({
      ...options,
      name: `days-${year}`,
      parse: (content) => {
        const parsed = v.safeParse(schema, content)
        return parsed.success ? new Map(Object.entries(parsed.output.days)) : null
      },
      empty: () => new Map<LocalDate, DayEvent[]>(),
    })
    const file = { store, days: value }
    open.set(year, file)
    return file
  }

  /** The year file a date belongs to; a malformed date must never name a file. */
  const fileFor = (date: LocalDate): YearFile => yearFile(yearOf(v.parse(LocalDateSchema, date)))

  // Checked before every write: an event the schema refuses would make the whole year
  // file fail validation on the next start, and the year would be moved aside.
  const checkDay = (date: LocalDate, events: readonly DayEvent[]): DayEvent[] => {
    v.parse(LocalDateSchema, date)
    return events.map((event) => v.parse(DayEventSchema, event))
  }

  const years = (): number[] => {
    if (!existsSync(cwd)) return []
    return readdirSync(cwd)
      .map((name) => YEAR_FILE.exec(name)?.[1])
      .filter((year): year is string => year !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
  }

  return {
    append(date, event) {
      const [clean] = checkDay(date, [event]) as [DayEvent]
      const file = fileFor(date)
      const existing = file.days.get(date) ?? []
      if (existing.length >= MAX_EVENTS_PER_DAY) return false
      if (existing.some((known) => known.id === clean.id)) return false
      const events = [...existing, clean]
      // A keyed set re-reads the file and writes it whole, atomically (temp file, fsync, rename).
      file.store.set(`days.${date}`, events)
      file.days.set(date, events)
      return true
    },
    eventsFor: (date) => [...(fileFor(date).days.get(date) ?? [])],
    eventsForMonth(month) {
      if (!MONTH.test(month)) throw new RangeError(`Not a month like 2026-11: ${month}`)
      const inMonth = [...yearFile(yearOf(month)).days].filter(([date]) =>
        date.startsWith(`${month}-`),
      )
      return byDate(new Map(inMonth))
    },
    years,
    allDays: () => years().flatMap((year) => byDate(yearFile(year).days)),
    merge(days) {
      const checked = days.map((day) => ({
        date: day.date,
        events: checkDay(day.date, day.events),
      }))
      const additions = new Map<number, Map<LocalDate, DayEvent[]>>()
      let imported = 0
      let skipped = 0
      for (const { date, events } of checked) {
        const year = yearOf(date)
        const pending = additions.get(year) ?? new Map<LocalDate, DayEvent[]>()
        additions.set(year, pending)
        const merged = pending.get(date) ?? [...(yearFile(year).days.get(date) ?? [])]
        const ids = new Set(merged.map((known) => known.id))
        for (const event of events) {
          if (ids.has(event.id) || merged.length >= MAX_EVENTS_PER_DAY) {
            skipped++
          } else {
            merged.push(event)
            ids.add(event.id)
            imported++
          }
        }
        pending.set(date, merged)
      }
      for (const [year, pending] of additions) {
        const file = yearFile(year)
        const changed = [...pending].filter(
          ([date, events]) => events.length !== (file.days.get(date)?.length ?? 0),
        )
        if (changed.length === 0) continue
        // One keyed set of several dates is one write of the year file.
        file.store.set(
          Object.fromEntries(changed.map(([date, events]) => [`days.${date}`, events])),
        )
        for (const [date, events] of changed) file.days.set(date, events)
      }
      return { imported, skipped }
    },
  }
}
