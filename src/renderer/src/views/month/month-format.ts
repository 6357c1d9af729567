/** Month-view words for dates, months and figures; clock times and durations come from the shared format/ helpers. */
import { numberFormat } from '../../format/cached-format'
import { formatDuration } from '../../format/duration'
import { localDateWriter } from '../../format/local-date'
import type { Messages } from '../../../../shared/messages'

export { formatClock as formatTime, wallTimeOf as wallClockOf } from '../../format/time'
export { formatDuration }

/** "Tuesday, 24 November 2026" in the user's locale. */
export const formatDateLong = localDateWriter({ dateStyle: 'full' })

/** "Tue 24 Nov" in the user's locale. */
export const formatDateShort = localDateWriter({ weekday: 'short', day: 'numeric', month: 'short' })

const monthWriter = localDateWriter({ month: 'long', year: 'numeric' })

/** "November 2026" in the user's locale. */
export const formatMonth = (month: string): string => monthWriter(`${month}-01`)

/** The day of the month as the locale writes it. */
export const formatDayNumber = localDateWriter({ day: 'numeric' })

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

/**
 * Builds every formatter a month is written with, writing one sample each: a page's first Intl
 * formatters cost milliseconds, so the view builds them while the month's data is on its way.
 */
export function prepareMonthFormats(m: Pick<Messages, 'common' | 'month'>): void {
  const sample = '2000-01-03'
  formatDateLong(sample)
  formatDateShort(sample)
  formatDayNumber(sample)
  formatDuration(61, m)
  formatPercent(0.5, m)
  formatDecimal(1.5, true)
  formatSigned(1)
  numberFormat().format(1)
}
