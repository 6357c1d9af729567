/** The plan for one date: weekly plan, then season, then one-off override. */
import {
  addDays,
  instantAt,
  minutesOfTime,
  weekdayOf,
  type Instant,
  type LocalDate,
  type LocalTime,
} from './calendar'
import { windowStartOf } from './day-window'
import type { Settings } from './settings'

/** Where a day's plan came from. */
export type PlanSource = 'weekly' | 'season' | 'override' | 'noted' | 'skipped-date'

/** One date's plan, as calendar values and as instants in the zone in force. */
export interface DayPlan {
  date: LocalDate
  zone: string
  workday: boolean
  /** Which rule decided this day; `noted` when it is the plan the day was lived under; `skipped-date` when the zone skipped the whole date. */
  source: PlanSource
  /** Local start time, when the plan has one. */
  start: LocalTime | null
  /** Local end time; an end before the rollover hour falls on the next calendar morning. */
  end: LocalTime | null
  startAt: Instant | null
  endAt: Instant | null
  /** The day window [windowStart, windowEnd): every instant in it belongs to this date. */
  windowStart: Instant
  windowEnd: Instant
  /** The season in force on this date, with its intention, if any. */
  season: { id: string; name: string; intention: string } | null
}

interface Hours {
  workday: boolean
  start?: LocalTime | undefined
  end?: LocalTime | undefined
}

/** Which hours apply to a date, and which rule said so. */
function hoursFor(settings: Settings, date: LocalDate) {
  const season = settings.seasons.find(
    (candidate) => candidate.from <= date && date <= candidate.to,
  )
  const override = settings.overrides.find((candidate) => candidate.date === date)
  const weekday = weekdayOf(date)
  const hours: Hours = override
    ? { workday: !override.off, start: override.start, end: override.end }
    : (season?.weekly ?? settings.weekly)[weekday]
  const source: PlanSource = override ? 'override' : season ? 'season' : 'weekly'
  return { hours, source, season }
}

/** Whether `date` is a workday and when it starts and ends, in `zone`. */
export function planFor(settings: Settings, date: LocalDate, zone: string): DayPlan {
  const { hours, source, season } = hoursFor(settings, date)
  const windowStart = windowStartOf(date, zone, settings.rolloverHour)
  const windowEnd = windowStartOf(addDays(date, 1), zone, settings.rolloverHour)
  const base = {
    date,
    zone,
    windowStart,
    windowEnd,
    season: season ? { id: season.id, name: season.name, intention: season.intention } : null,
  }
  if (windowEnd <= windowStart) {
    return {
      ...base,
      workday: false,
      source: 'skipped-date',
      start: null,
      end: null,
      startAt: null,
      endAt: null,
    }
  }
  const endMinutes = hours.end === undefined ? null : minutesOfTime(hours.end)
  if (!hours.workday || endMinutes === null) {
    return { ...base, workday: false, source, start: null, end: null, startAt: null, endAt: null }
  }
  const startMinutes = hours.start === undefined ? null : minutesOfTime(hours.start)
  const endDate = endMinutes < settings.rolloverHour * 60 ? addDays(date, 1) : date
  return {
    ...base,
    workday: true,
    source,
    start: startMinutes === null ? null : (hours.start ?? null),
    end: hours.end ?? null,
    startAt: startMinutes === null ? null : instantAt(date, startMinutes, zone),
    endAt: clamp(instantAt(endDate, endMinutes, zone), windowStart, windowEnd - 1),
  }
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value))
