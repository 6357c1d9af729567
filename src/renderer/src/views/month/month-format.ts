/** Month-view words for dates, months and figures; clock times and durations come from the shared format/ helpers. */
import { numberFormat } from '../../format/cached-format'
import { formatDuration } from '../../format/duration'
import { formatLocalDate } from '../../format/local-date'
import type { Messages } from '../../../../shared/messages'

export { formatClock as formatTime, wallTimeOf as wallClockOf } from '../../format/time'
export { formatDuration }

/** "Tuesday, 24 November 2026" in the user's locale. */
export const formatDateLong = (date: string): string => formatLocalDate(date, { dateStyle: 'full' })

/** "Tue 24 Nov" in the user's locale. */
export const formatDateShort = (date: string): string =>
  formatLocalDate(date, { weekday: 'short', day: 'numeric', month: 'short' })

/** "November 2026" in the user's locale. */
export const formatMonth = (month: string): string =>
  formatLocalDate(`${month}-01`, { month: 'long', year: 'numeric' })

/** The day of the month as the locale writes it. */
export const formatDayNumber = (date: string): string => formatLocalDate(date, { day: 'numeric' })

/** A signed duration for a change from last month: "+12 min", "−1 h 5 min". */
export const formatSignedDuration = (minutes: number, m: Pick<Messages, 'common'>): string =>
  `${minutes > 0 ? '+' : minutes < 0 ? '−' : ''}${formatDuration(Math.abs(minutes), m)}`

/** A 0–1 rate as a whole percentage in the user's locale, or a dash. */
export const formatPercent = (rate: number | null, m: Pick<Messages, 'month'>): string =>
  rate === null
    ? m.month.noValue
    : numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(rate)

/** A number with one decimal, in the user's locale; signed for changes. */
export const formatDecimal = (value: number, signed = false): string =>
  numberFormat({
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value)

/** A signed whole number ("+12", "−3") in the user's locale. */
export const formatSigned = (value: number): string =>
  numberFormat({ maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value)
