/** Clock times and dates for display, in the day's zone and the user's locale (12/24 h as the locale writes it). */
import type { Instant } from '../../../core'
import { dateTimeFormat } from './cached-format'

/** A clock time such as "17:30" or "5:30 PM", as the user's locale writes it, in `zone`. */
export function formatClock(instant: Instant, zone: string): string {
  return dateTimeFormat({
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
  }).format(instant)
}

/** A day heading such as "Tuesday 24 November", in `zone`. */
export function formatDayHeading(instant: Instant, zone: string): string {
  return dateTimeFormat({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(instant)
}

/** A wall-clock `HH:MM` (no date, no zone) as the user's locale writes it, e.g. "17:05" or "5:05 PM". */
export function formatWallTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  // Any fixed date in UTC: only the hour and minute are shown.
  return formatClock(Date.UTC(2000, 0, 1, hours, minutes), 'UTC')
}

const wallClock = new Map<string, Intl.DateTimeFormat>()

/** The wall-clock time `HH:MM` (24 h) of an instant in `zone`: the value a time input and the IPC contract take. */
export function wallTimeOf(instant: Instant, zone: string): string {
  let formatter = wallClock.get(zone)
  if (!formatter) {
    // A fixed locale and cycle: this is a machine value, not display text.
    formatter = new Intl.DateTimeFormat('en-US', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    })
    wallClock.set(zone, formatter)
  }
  const parts = formatter.formatToParts(instant)
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '00'
  return `${part('hour').padStart(2, '0')}:${part('minute').padStart(2, '0')}`
}
