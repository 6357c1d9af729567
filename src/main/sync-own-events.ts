/** This device's events in its own folder of the sync folder: one line per event, each published once, a broken file repaired. */
import { existsSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DayEvent, DeviceId, LocalDate } from '../core'
import { eventsFileName } from '../core/sync-file-names'
import type { DayEvents } from './electron-store-day-events'
import { completeLines } from './jsonl-appended-reader'
import { appendLines, copyAside, lineOf } from './jsonl-device-folder'

/** What publishing found besides what it wrote. */
export interface PublishFindings {
  /** Lines of this device's own files with an event id this device never stored: another writer. */
  foreignIds: number
  /** Own files found damaged, moved aside into the data folder, and rewritten from the local store. */
  repaired: string[]
}

/** Publishes this device's events into `<device folder>/events-YYYY.jsonl`, once each. */
export interface OwnEventsPublisher {
  /** Appends the events recorded here (no `device`) whose ids the own year files lack. */
  publish(days: readonly DayEvents[]): PublishFindings
  /** Compares whole years with the local store: appends what is missing, counts what is foreign. */
  publishYears(
    years: readonly number[],
    local: (year: number) => readonly DayEvents[],
  ): PublishFindings
  /** Forgets what was read of the own files (a new folder, a new id, the folder back). */
  forget(): void
}

const yearOf = (date: LocalDate): number => Number(date.slice(0, 4))

/** The event id of a line, or null when the line is not one of ours. */
function idOfLine(line: string): string | null {
  try {
    const parsed = JSON.parse(line) as { date?: unknown; event?: { id?: unknown } } | null
    const id = parsed?.event?.id
    return typeof parsed?.date === 'string' && typeof id === 'string' ? id : null
  } catch {
    return null
  }
}
const recordedHere = (event: DayEvent) => event.device === undefined

/** Publisher for device `self` writing into `folder`; damaged own files are copied into `asideFolder` first. */
export function createOwnEventsPublisher(options: {
  folder: string
  self: DeviceId
  asideFolder: string
  now: () => number
}): OwnEventsPublisher {
  const { folder, self } = options
  /** The ids each own year file holds, read once per session, then kept up to date by appends. */
  const known = new Map<number, Set<string>>()
  const pathOf = (year: number) => join(folder, eventsFileName(year))

  /** Reads an own file's ids; a partial last line (a crash mid-append) is cut off, a damaged file rewritten. */
  function idsOf(year: number, findings: PublishFindings, local?: () => readonly DayEvents[]) {
    const cached = known.get(year)
    if (cached) return cached
    const path = pathOf(year)
    const ids = new Set<string>()
    if (existsSync(path)) {
      const bytes = readFileSync(path)
      // Only ids are needed from lines this device wrote itself: no schema check per line at start-up.
      const lines = completeLines(bytes, idOfLine)
      if (lines.badLines > 0 && local) {
        findings.repaired.push(copyAside(path, options.asideFolder, self, options.now()))
        rewrite(path, local())
        for (const day of local())
          for (const event of day.events.filter(recordedHere)) ids.add(event.id)
        known.set(year, ids)
        return ids
      }
      if (lines.consumed < bytes.length) truncateSync(path, lines.consumed)
      for (const id of lines.items) ids.add(id)
    }
    known.set(year, ids)
    return ids
  }

  /** The year's file written whole from the local store, through a temporary file and a rename. */
  function rewrite(path: string, days: readonly DayEvents[]) {
    const lines = days.flatMap((day) =>
      day.events.filter(recordedHere).map((event) => `${lineOf(day.date, event, self)}\n`),
    )
    const temporary = join(folder, `.rewrite.${process.pid}.tmp`)
    writeFileSync(temporary, lines.join(''))
    renameSync(temporary, path)
  }

  function append(days: readonly DayEvents[], findings: PublishFindings) {
    const byYear = new Map<number, string[]>()
    for (const day of days) {
      const here = day.events.filter(recordedHere)
      // Another device's events, merged here, are theirs to publish: no own file is even read.
      if (here.length === 0) continue
      const year = yearOf(day.date)
      const ids = idsOf(year, findings)
      for (const event of here) {
        if (ids.has(event.id)) continue
        const lines = byYear.get(year) ?? []
        lines.push(lineOf(day.date, event, self))
        byYear.set(year, lines)
        ids.add(event.id)
      }
    }
    // No folder is made here: a vanished folder must fail the append, not come back empty.
    for (const [year, lines] of byYear) appendLines(pathOf(year), lines)
  }

  const nothing = (): PublishFindings => ({ foreignIds: 0, repaired: [] })
  return {
    publish(days) {
      const findings = nothing()
      append(days, findings)
      return findings
    },
    publishYears(years, local) {
      const findings = nothing()
      const byYear = years.map((year) => ({ year, days: local(year) }))
      // Every year is compared before anything is appended: a file with another writer's lines
      // must not get this device's lines too, or that writer would find a stranger in its file.
      for (const { year, days } of byYear) {
        const ids = idsOf(year, findings, () => days)
        const mine = new Set(
          days.flatMap((day) => day.events.filter(recordedHere)).map((e) => e.id),
        )
        for (const id of ids) if (!mine.has(id)) findings.foreignIds++
      }
      if (findings.foreignIds > 0) return findings
      for (const { days } of byYear) append(days, findings)
      return findings
    },
    forget: () => known.clear(),
  }
}

/** Publishes every year (`all`), or only this one: at start-up only today's year can lack a line. */
export function publishHistory(
  publisher: OwnEventsPublisher,
  days: { allDays(): DayEvents[]; daysOfYear(year: number): DayEvents[] },
  today: LocalDate,
  all: boolean,
): PublishFindings {
  const everyDay = all ? days.allDays() : null
  const years = everyDay ? [...new Set(everyDay.map((day) => yearOf(day.date)))] : [yearOf(today)]
  return publisher.publishYears(years, (year) =>
    everyDay ? everyDay.filter((day) => yearOf(day.date) === year) : days.daysOfYear(year),
  )
}
