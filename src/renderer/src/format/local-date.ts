/** Calendar arithmetic on `YYYY-MM-DD` strings without a zone library: dates are days, so UTC is exact. */
import { dateTimeFormat, formatLocale } from './cached-format'
import type { LocalDate, MonthRef } from '../../../core'

const DAY_MS = 86_400_000

const utcOf = (date: LocalDate): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, day)
}

const dateOfUtc = (utc: number): LocalDate => new Date(utc).toISOString().slice(0, 10)

/** The weekday of a date, Monday = 0 … Sunday = 6 (ISO order, as the core's WEEKDAYS). */
export function weekdayIndexOf(date: LocalDate): number {
  return (new Date(utcOf(date)).getUTCDay() + 6) % 7
}

/** The date `days` after `date` (before, when negative). */
export function addDaysTo(date: LocalDate, days: number): LocalDate {
  return dateOfUtc(utcOf(date) + days * DAY_MS)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS)
}

/** The month a date falls in, `YYYY-MM`. */
export function monthOfDate(date: LocalDate): MonthRef {
  return date.slice(0, 7)
}

/** Days since 1970-01-01: a stable number for rotating things by date. */
export function dayNumberOf(date: LocalDate): number {
  return Math.floor(utcOf(date) / DAY_MS)
}

/**
 * A writer of dates in one style, for views that write many: its formatter is looked up once per
 * locale and each date's text kept, so re-rendering a month formats nothing again.
 */
export function localDateWriter(options: Intl.DateTimeFormatOptions): (date: LocalDate) => string {
  const utcOptions = { ...options, timeZone: 'UTC' }
  let writtenFor: string | undefined | null = null
  let formatter: Intl.DateTimeFormat | null = null
  let texts = new Map<LocalDate, string>()
  return (date) => {
    if (formatter === null || writtenFor !== formatLocale()) {
      writtenFor = formatLocale()
      formatter = dateTimeFormat(utcOptions)
      texts = new Map()
    }
    let text = texts.get(date)
    if (text === undefined) {
      text = formatter.format(utcOf(date))
      texts.set(date, text)
    }
    return text
  }
}
