/** The per-day numbers the bars, the table and the detail share, read the way the summary counts them. */
import type { DaySummary, MonthSummary } from '../../../../core'

const UNJUDGED = new Set(['day-off', 'no-data', 'future'])

/** Whether a day has a verdict; only these days count towards the month's figures. */
export const isJudged = (day: DaySummary): boolean => !UNJUDGED.has(day.status)

/** Minutes past the end on a judged day, else 0. */
export const lateMinutesOf = (day: DaySummary): number =>
  isJudged(day) ? (day.record?.minutesLate ?? 0) : 0

/** After-hours minutes on a judged day (the summary adds only these), else 0. */
export const afterHoursOf = (day: DaySummary): number =>
  isJudged(day) ? (day.record?.afterHoursMinutes ?? 0) : 0

/** Whether a month has nothing to show yet: no verdicts and no check-ins. */
export const isEmptyMonth = (summary: MonthSummary): boolean =>
  summary.verdictDays === 0 && summary.checkIns === 0
