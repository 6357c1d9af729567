/** summarizeAllTime: every recorded day at once — the long view behind the month chart. */
import { WEEKDAYS, type LocalDate, type Weekday } from './calendar'
import type { DayRecord } from './day-record'
import {
  figuresOf,
  judged,
  daySummaries,
  streaksOf,
  type DaySummary,
  type MonthFigures,
} from './month-summary'
import type { DayPlan } from './plan'

/** The all-time figures, per year and per weekday as well as overall. */
export interface AllTimeSummary extends MonthFigures {
  from: LocalDate | null
  to: LocalDate | null
  currentStreak: number
  longestStreak: number
  years: ({ year: number } & MonthFigures)[]
  weekdays: Record<Weekday, { verdictDays: number; onTimeDays: number; onTimeRate: number | null }>
}

/** Summarises every day the records and plans cover, up to `today`, in one pass over the days. */
export function summarizeAllTime(
  records: readonly DayRecord[],
  plans: readonly DayPlan[],
  today: LocalDate,
): AllTimeSummary {
  const recordsByDate = new Map(records.map((record) => [record.date, record]))
  const plansByDate = new Map(plans.map((plan) => [plan.date, plan]))
  const dates = [...new Set([...plansByDate.keys(), ...recordsByDate.keys()])]
    .filter((date) => date <= today)
    .sort()
  const days = daySummaries(dates, plansByDate, recordsByDate, today)
  const byYear = new Map<number, DaySummary[]>()
  const byWeekday = new Map<Weekday, DaySummary[]>(WEEKDAYS.map((weekday) => [weekday, []]))
  for (const day of days) {
    const year = Number(day.date.slice(0, 4))
    const yearDays = byYear.get(year) ?? []
    if (yearDays.length === 0) byYear.set(year, yearDays)
    yearDays.push(day)
    if (judged(day)) byWeekday.get(day.weekday)?.push(day)
  }
  const streaks = streaksOf(days)
  return {
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    ...figuresOf(days),
    currentStreak: streaks.current,
    longestStreak: streaks.longest,
    years: [...byYear].map(([year, yearDays]) => ({ year, ...figuresOf(yearDays) })),
    weekdays: Object.fromEntries(
      WEEKDAYS.map((weekday) => {
        const judgedDays = byWeekday.get(weekday) ?? []
        const onTimeDays = judgedDays.filter((day) => day.status === 'on-time').length
        const onTimeRate = judgedDays.length === 0 ? null : onTimeDays / judgedDays.length
        return [weekday, { verdictDays: judgedDays.length, onTimeDays, onTimeRate }]
      }),
    ) as AllTimeSummary['weekdays'],
  }
}
