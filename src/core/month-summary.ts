/** summarizeMonth: a month of day records as statuses, rates, streaks and the change from last month. */
import {
  WEEKDAYS,
  datesOfMonth,
  previousMonth,
  weekdayOf,
  type LocalDate,
  type MonthRef,
  type Weekday,
} from './calendar'
import type { DayRecord } from './day-record'
import type { DayPlan } from './plan'

/** How a day looks on the month chart. */
export type DayStatus =
  'on-time' | 'a-little-late' | 'late' | 'very-late' | 'day-off' | 'no-data' | 'future'

/** Upper bounds (inclusive) of lateness for each late status, in minutes. */
export const LATENESS_BANDS = { aLittleLateMinutes: 30, lateMinutes: 120 } as const

/** One day of the month summary. */
export interface DaySummary {
  date: LocalDate
  weekday: Weekday
  status: DayStatus
  record: DayRecord | null
  plan: DayPlan | null
}

/** A month's figures; rates are 0–1 and null where there is nothing to divide by. */
export interface MonthFigures {
  workdays: number
  verdictDays: number
  onTimeDays: number
  onTimeRate: number | null
  /** Mean minutes past the end over days with a verdict (a day that ended on or before its end counts 0). */
  averageMinutesLate: number | null
  afterHoursMinutes: number
  plannedOvertimeMinutes: number
  checkIns: number
  averageEnergy: number | null
  averageAlignment: number | null
}

/** The month summary the chart and its table are drawn from. */
export interface MonthSummary extends MonthFigures {
  month: MonthRef
  days: DaySummary[]
  /** On-time days in a row up to today (or the month's last judged day), skipping days off and days without data. */
  currentStreak: number
  longestStreak: number
  weekdays: Record<Weekday, { verdictDays: number; onTimeDays: number; onTimeRate: number | null }>
  previous: MonthFigures | null
  /** The user's month-end answer to "Does this month's shape still fit you?", once given. */
  review: string | null
  /** This month minus last month, per figure; null where either side has no value. */
  deltas: Record<
    | 'onTimeRate'
    | 'averageMinutesLate'
    | 'afterHoursMinutes'
    | 'averageEnergy'
    | 'averageAlignment',
    number | null
  >
}

/** The chart status of one date, as of `today`. */
export function statusOf(
  date: LocalDate,
  plan: DayPlan | null,
  record: DayRecord | null,
  today: LocalDate,
): DayStatus {
  if (date > today) return 'future'
  if (plan && !plan.workday) return 'day-off'
  if (record?.dayOffDeclared) return 'day-off'
  if (!record || record.verdict !== 'settled' || record.minutesLate === null)
    return date === today ? 'future' : 'no-data'
  if (record.onTime) return 'on-time'
  if (record.minutesLate <= LATENESS_BANDS.aLittleLateMinutes) return 'a-little-late'
  return record.minutesLate <= LATENESS_BANDS.lateMinutes ? 'late' : 'very-late'
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)
const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b

/** The summary of each date, from whatever plans and records cover it. */
export function daySummaries(
  dates: readonly LocalDate[],
  plans: ReadonlyMap<LocalDate, DayPlan>,
  records: ReadonlyMap<LocalDate, DayRecord>,
  today: LocalDate,
): DaySummary[] {
  return dates.map((date) => {
    const plan = plans.get(date) ?? null
    const record = records.get(date) ?? null
    return {
      date,
      weekday: weekdayOf(date),
      status: statusOf(date, plan, record, today),
      record,
      plan,
    }
  })
}

const daysOf = (
  month: MonthRef,
  plans: Map<LocalDate, DayPlan>,
  records: Map<LocalDate, DayRecord>,
  today: LocalDate,
): DaySummary[] => daySummaries(datesOfMonth(month), plans, records, today)

/** Whether a day has a verdict that counts in rates and streaks. */
export const judged = (day: DaySummary): boolean =>
  !['day-off', 'no-data', 'future'].includes(day.status)

/** The figures of any run of days: counts, rates, averages and totals. */
export function figuresOf(days: DaySummary[]): MonthFigures {
  const verdicts = days.filter(judged)
  const onTimeDays = verdicts.filter((day) => day.status === 'on-time').length
  const checkIns = days.flatMap((day) => day.record?.checkIns ?? [])
  const sum = (pick: (record: DayRecord) => number) =>
    days.reduce((total, day) => total + (day.record && judged(day) ? pick(day.record) : 0), 0)
  return {
    workdays: days.filter((day) => day.plan?.workday && !day.record?.dayOffDeclared).length,
    verdictDays: verdicts.length,
    onTimeDays,
    onTimeRate: ratio(onTimeDays, verdicts.length),
    averageMinutesLate: mean(verdicts.map((day) => day.record?.minutesLate ?? 0)),
    afterHoursMinutes: sum((record) => record.afterHoursMinutes),
    plannedOvertimeMinutes: sum((record) => record.plannedOvertimeMinutes),
    checkIns: checkIns.length,
    averageEnergy: mean(checkIns.map((checkIn) => checkIn.energy)),
    averageAlignment: mean(checkIns.map((checkIn) => checkIn.alignment)),
  }
}

/** Longest and trailing runs of on-time days, skipping days without a verdict. */
export function streaksOf(days: DaySummary[]): { current: number; longest: number } {
  let current = 0
  let longest = 0
  for (const day of days.filter(judged)) {
    current = day.status === 'on-time' ? current + 1 : 0
    longest = Math.max(longest, current)
  }
  return { current, longest }
}

/**
 * Summarises `month` from the records and plans given (pass last month's too
 * for the deltas and a streak that runs across the boundary); `today` decides
 * which days are still in the future.
 */
export function summarizeMonth(
  records: readonly DayRecord[],
  plans: readonly DayPlan[],
  month: MonthRef,
  today: LocalDate,
): MonthSummary {
  const recordsByDate = new Map(records.map((record) => [record.date, record]))
  const plansByDate = new Map(plans.map((plan) => [plan.date, plan]))
  const days = daysOf(month, plansByDate, recordsByDate, today)
  const earlier = daysOf(previousMonth(month), plansByDate, recordsByDate, today)
  const figures = figuresOf(days)
  const hasPrevious = earlier.some((day) => judged(day) || (day.record?.checkIns.length ?? 0) > 0)
  const previous = hasPrevious ? figuresOf(earlier) : null
  const weekdays = Object.fromEntries(
    WEEKDAYS.map((weekday) => {
      const onDay = days.filter((day) => day.weekday === weekday && judged(day))
      const onTimeDays = onDay.filter((day) => day.status === 'on-time').length
      return [
        weekday,
        { verdictDays: onDay.length, onTimeDays, onTimeRate: ratio(onTimeDays, onDay.length) },
      ]
    }),
  ) as MonthSummary['weekdays']
  return {
    month,
    days,
    ...figures,
    currentStreak: streaksOf([...earlier, ...days]).current,
    longestStreak: streaksOf(days).longest,
    weekdays,
    previous,
    review: null,
    deltas: {
      onTimeRate: difference(figures.onTimeRate, previous?.onTimeRate ?? null),
      averageMinutesLate: difference(
        figures.averageMinutesLate,
        previous?.averageMinutesLate ?? null,
      ),
      afterHoursMinutes: previous ? figures.afterHoursMinutes - previous.afterHoursMinutes : null,
      averageEnergy: difference(figures.averageEnergy, previous?.averageEnergy ?? null),
      averageAlignment: difference(figures.averageAlignment, previous?.averageAlignment ?? null),
    },
  }
}
