/** Clock times and dates for display, in the day's zone and the user's locale and hour cycle (src/shared/format). */
import type { Instant, LocalDate } from '../../../core'
import { clockTime, dayHeading, wallClockTime } from '../../../shared/format/clock-format'
import { formatClockStyle, formatLocale } from './cached-format'

export { wallTimeOf } from '../../../shared/format/clock-format'

/** A clock time such as "17:30" or "5:30 PM", as the user's clock reads it, in `zone`. */
export function formatClock(instant: Instant, zone: string): string {
  return clockTime(instant, zone, formatClockStyle())
}

/** A day heading such as "Tuesday, November 24", as the user's locale writes it. */
export function formatDayHeading(date: LocalDate): string {
  return dayHeading(date, formatLocale())
}

/** A wall-clock `HH:MM` (no date, no zone) as the user's clock reads it, e.g. "17:05" or "5:05 PM". */
export function formatWallTime(time: string): string {
  return wallClockTime(time, formatClockStyle())
}
