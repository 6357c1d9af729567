/** The window's locale and hour cycle for dates, times and numbers, and formatters for them built once and reused. */
import type { ClockStyle } from '../../../shared/format/clock-format'
import type { HourCycle } from '../../../shared/format/hour-cycle'
import { dateTimeFormatFor, numberFormatFor } from '../../../shared/intl-formats'

let style: ClockStyle = {}

/**
 * Writes dates, times and numbers for `locale` and clock times in `hourCycle` from now on;
 * undefined is the runtime's own locale, and that locale's hour cycle.
 */
export function setFormatLocale(locale: string | undefined, hourCycle?: HourCycle): void {
  style = { locale, hourCycle }
}

/** The locale dates, times and numbers are written in; undefined is the runtime's own. */
export function formatLocale(): string | undefined {
  return style.locale
}

/** The locale and hour cycle clock times are written in: the user's, as main sent them. */
export function formatClockStyle(): ClockStyle {
  return style
}

/** A date-time formatter in the user's locale for `options`, built once and then reused. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormatFor(style.locale, options)
}

/** A number formatter in the user's locale for `options`, built once and then reused. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return numberFormatFor(style.locale, options)
}
