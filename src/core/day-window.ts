/** The day window: a work date runs from its rollover hour to the next morning's. */
import { addDays, instantAt, wallClockOf, type Instant, type LocalDate } from './calendar'

/** The instant a work date begins: its rollover hour in the zone. */
export function windowStartOf(date: LocalDate, zone: string, rolloverHour: number): Instant {
  return instantAt(date, rolloverHour * 60, zone)
}

/**
 * The work date an instant belongs to. Agrees with the windows `planFor`
 * returns even where a date was skipped (Pacific/Apia, 2011-12-30): an
 * instant always lands in the last window that began at or before it.
 */
export function dayOf(instant: Instant, zone: string, rolloverHour: number): LocalDate {
  const wall = wallClockOf(instant, zone)
  let date = wall.minutes < rolloverHour * 60 ? addDays(wall.date, -1) : wall.date
  while (windowStartOf(date, zone, rolloverHour) > instant) date = addDays(date, -1)
  while (windowStartOf(addDays(date, 1), zone, rolloverHour) <= instant) date = addDays(date, 1)
  return date
}

/**
 * The instant of a wall-clock time that belongs to a work date: a time
 * before the rollover hour is the next calendar morning (a night shift's end).
 */
export function instantOnWorkDate(
  date: LocalDate,
  minutesAfterMidnight: number,
  zone: string,
  rolloverHour: number,
): Instant {
  const calendarDate = minutesAfterMidnight < rolloverHour * 60 ? addDays(date, 1) : date
  return instantAt(calendarDate, minutesAfterMidnight, zone)
}
