/** Day events on disk: one electron-store file per year (`days-2026.json`), so an append never rewrites other years. */
import { existsSync, readdirSync } from 'node:fs'
import * as v from 'valibot'
import type { DayEvent, LocalDate } from '../core'
import { DayEventSchema, LocalDateSchema, MAX_EVENTS_PER_DAY } from '../shared/day-event-schema'
import { openDayFile, type DayFile } from './electron-store-day-file'
import type { StoreFileOptions } from './electron-store-validated'

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
  /** Every day of every year, in date order, for export. */
  allDays(): DayEvents[]
  /** The days of one year, in date order. */
  daysOfYear(year: number): DayEvents[]
  /** Adds the events whose id the day does not hold yet, one write per year touched; importing twice changes nothing. */
  merge(days: readonly DayEvents[]): { imported: number; skipped: number }
}

const YEAR_FILE = /^days-(\d{4})\.json$/

const yearOf = (date: LocalDate): number => Number(date.slice(0, 4))

/** Days in date order, each a copy. */
export const byDate = (days: ReadonlyMap<LocalDate, readonly DayEvent[]>): DayEvents[] =>
  [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, events]) => ({ date, events: [...events] }))

/**
 * Checked before every write: an event the schema refuses would make the whole file fail
 * validation on the next start, and the file would be moved aside.
 */
export const checkedDay = (date: LocalDate, events: readonly DayEvent[]): DayEvent[] => {
  v.parse(LocalDateSchema, date)
  return events.map((event) => v.parse(DayEventSchema, event) as DayEvent)
}

/** Opens the day event store; year files open on first use and stay open. */
export function createDayEventStore(options: StoreFileOptions): DayEventStore {
  const { cwd } = options
  const open = new Map<number, DayFile>()

  const yearFile = (year: number): DayFile => {
    const cached = open.get(year)
    if (cached) return cached
    const file = openDayFile(options, {
      name: `days-${year}`,
      holds: (date) => date.startsWith(`${year}-`),
    })
    open.set(year, file)
    return file
  }

  /** The year file a date belongs to; a malformed date must never name a file. */
  const fileFor = (date: LocalDate): DayFile => yearFile(yearOf(v.parse(LocalDateSchema, date)))

  /** The years that have a file, ascending. */
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
      const [clean] = checkedDay(date, [event]) as [DayEvent]
      const file = fileFor(date)
      const existing = file.days.get(date) ?? []
      if (existing.length >= MAX_EVENTS_PER_DAY) return false
      if (existing.some((known) => known.id === clean.id)) return false
      file.save(new Map(file.days).set(date, [...existing, clean]))
      return true
    },
    eventsFor: (date) => [...(fileFor(date).days.get(date) ?? [])],
    allDays: () => years().flatMap((year) => byDate(yearFile(year).days)),
    daysOfYear: (year) => (years().includes(year) ? byDate(yearFile(year).days) : []),
    merge(days) {
      const checked = days.map((day) => ({
        date: day.date,
        events: checkedDay(day.date, day.events),
      }))
      const pending = new Map<DayFile, Map<LocalDate, readonly DayEvent[]>>()
      let imported = 0
      let skipped = 0
      for (const { date, events } of checked) {
        const file = yearFile(yearOf(date))
        const next = pending.get(file) ?? new Map(file.days)
        const merged = [...(next.get(date) ?? [])]
        const ids = new Set(merged.map((known) => known.id))
        for (const event of events) {
          if (ids.has(event.id) || merged.length >= MAX_EVENTS_PER_DAY) {
            skipped++
            continue
          }
          merged.push(event)
          ids.add(event.id)
          imported++
        }
        if (merged.length === (next.get(date)?.length ?? 0)) continue
        pending.set(file, next.set(date, merged))
      }
      // One write per year touched, after every day of it is merged.
      for (const [file, next] of pending) file.save(next)
      return { imported, skipped }
    },
  }
}
