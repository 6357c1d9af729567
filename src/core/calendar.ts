/** Calendar values and zone arithmetic: the only module that talks to Temporal. */
import { Temporal } from 'temporal-polyfill'

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string
/** A wall-clock time, `HH:MM` (24-hour). */
export type LocalTime = string
/** A calendar month, `YYYY-MM`. */
export type MonthRef = string
/** A point in time, epoch milliseconds. */
export type Instant = number
/** Weekday keys, Monday first as ISO 8601 numbers them. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

/** Weekdays in ISO order (Monday = index 0). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** Milliseconds in one minute, for turning setting minutes into instants. */
export const MINUTE_MS = 60_000

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Minutes after midnight for a valid `HH:MM`, or null when it is not one. */
export function minutesOfTime(time: string): number | null {
  const match = TIME_PATTERN.exec(time)
  if (!match) return null
  return Number(match[1]) * 60 + Number(match[2])
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isLocalDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' })
    return true
  } catch {
    return false
  }
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return Temporal.PlainDate.from(date).add({ days }).toString()
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days-from-civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The weekday key of a date; plain arithmetic, because month and all-time summaries ask it for every day. */
export function weekdayOf(date: LocalDate): Weekday {
  const days = daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  )
  // 1970-01-01 was a Thursday, index 3 counting from Monday.
  return WEEKDAYS[(((days + 3) % 7) + 7) % 7] as Weekday
}

/** Every date of a month, in order. */
export function datesOfMonth(month: MonthRef): LocalDate[] {
  const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 })
  return Array.from({ length: first.daysInMonth }, (_, index) =>
    first.add({ days: index }).toString(),
  )
}

/** The month before `month`. */
export function previousMonth(month: MonthRef): MonthRef {
  return Temporal.PlainYearMonth.from(month).subtract({ months: 1 }).toString()
}

/**
 * The instant of a wall-clock time on a date in a zone. A time inside a
 * spring-forward gap moves forward by the gap (Temporal's "compatible"
 * rule), the same choice calendar apps make; a repeated fall-back time
 * takes its first occurrence.
 */
export function instantAt(date: LocalDate, minutesAfterMidnight: number, zone: string): Instant {
  const day = Temporal.PlainDate.from(date)
  const time = Temporal.PlainTime.from({
    hour: Math.floor(minutesAfterMidnight / 60),
    minute: minutesAfterMidnight % 60,
  })
  return day.toZonedDateTime({ timeZone: zone, plainTime: time }).epochMilliseconds
}

/** The wall-clock date and minutes after midnight of an instant in a zone. */
export function wallClockOf(instant: Instant, zone: string): { date: LocalDate; minutes: number } {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone)
  return { date: zoned.toPlainDate().toString(), minutes: zoned.hour * 60 + zoned.minute }
}

/** Whether a string names an IANA time zone the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    Temporal.PlainDate.from('2000-01-01').toZonedDateTime({ timeZone: zone })
    return true
  } catch {
    return false
  }
}
