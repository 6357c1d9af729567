/** The window's locale for dates, times and numbers, and formatters for it built once and reused. */
import { dateTimeFormatFor, numberFormatFor } from '../../../shared/intl-formats'

let locale: string | undefined

/** Writes dates, times and numbers for `next` from now on; undefined is the runtime's own locale. */
export function setFormatLocale(next: string | undefined): void {
  locale = next
}

/** The locale dates, times and numbers are written in; undefined is the runtime's own. */
export function formatLocale(): string | undefined {
  return locale
}

/** A date-time formatter in the user's locale for `options`, built once and then reused. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormatFor(locale, options)
}

/** A number formatter in the user's locale for `options`, built once and then reused. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return numberFormatFor(locale, options)
}
