/** Clock times and dates for display, in the day's zone and the user's locale (12/24 h as the locale writes it). */
import type { Instant, LocalDate } from '../../../core'
import { clockText, dayHeadingText, wallTimeText } from '../../../shared/written-texts'
import { formatLocale } from './cached-format'
import { writtenClock, writtenDayHeading, writtenWallTime } from './texts-from-main'

/** A clock time such as "17:30" or "5:30 PM", as the user's locale writes it, in `zone`. */
export function formatClock(instant: Instant, zone: string): string {
  return writtenClock(instant, zone) ?? clockText(instant, zone, formatLocale())
}

/** A day heading such as "Tuesday, November 24", as the user's locale writes it. */
export function formatDayHeading(date: LocalDate): string {
  return writtenDayHeading(date) ?? dayHeadingText(date, formatLocale())
}

/** A wall-clock `HH:MM` (no date, no zone) as the user's locale writes it, e.g. "17:05" or "5:05 PM". */
export function formatWallTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  // Any fixed date in UTC: only the hour and minute are shown.
  return formatClock(Date.UTC(2000, 0, 1, hours, minutes), 'UTC')
}

/** The wall-clock time `HH:MM` (24 h) of an instant in `zone`: the value a time input and the IPC contract take. */
export function wallTimeOf(instant: Instant, zone: string): string {
  return writtenWallTime(instant, zone) ?? wallTimeText(instant, zone)
}
