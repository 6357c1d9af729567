/**
 * The one way Sundown writes a clock time and a day: the tray, the notifications and every window
 * call these, in the user's locale and hour cycle, with Intl formatters built once and reused.
 */
import type { Instant, LocalDate } from '../../core'
import { dateTimeFormatFor } from '../intl-formats'
import type { HourCycle } from './hour-cycle'

/** How the user reads a clock: the locale (undefined: the runtime's own) and the hour cycle (undefined: the locale's). */
export interface ClockStyle {
  locale?: string | undefined
  hourCycle?: HourCycle | undefined
}

const clockOptions = (zone: string, { hourCycle }: ClockStyle): Intl.DateTimeFormatOptions =>
  hourCycle === undefined
    ? { hour: 'numeric', minute: '2-digit', timeZone: zone }
    : { hour: 'numeric', minute: '2-digit', timeZone: zone, hourCycle }

/** A clock time such as "17:30" or "5:30 PM", as `style` reads it, in `zone`. */
export function clockTime(instant: Instant, zone: string, style: ClockStyle): string {
  return dateTimeFormatFor(style.locale, clockOptions(zone, style)).format(instant)
}

/** A wall-clock `HH:MM` with no date or zone (a setting such as an end time), as `style` reads it. */
export function wallClockTime(time: string, style: ClockStyle): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  // Any fixed date in UTC: only the hour and minute are shown.
  return clockTime(Date.UTC(2000, 0, 1, hours, minutes), 'UTC', style)
}

/** The wall-clock time `HH:MM` (24 h) of an instant in `zone`: the value a time input and the IPC contract take. */
export function wallTimeOf(instant: Instant, zone: string): string {
  // A fixed locale and cycle: this is a machine value, not display text.
  const parts = dateTimeFormatFor('en-US', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).formatToParts(instant)
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '00'
  return `${part('hour').padStart(2, '0')}:${part('minute').padStart(2, '0')}`
}

/** A day heading such as "Tuesday, November 24", as `locale` writes it. */
export function dayHeading(date: LocalDate, locale: string | undefined): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  // A date is a day, not an instant: written at UTC midnight in UTC, it is the same day everywhere.
  return dateTimeFormatFor(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day))
}
