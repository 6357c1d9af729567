/** Intl formatters are costly to build (tens of microseconds each): one per locale and set of options, reused. */

let locale: string | undefined

/** Writes dates, times and numbers for `next` from now on; undefined is the runtime's own locale. */
export function setFormatLocale(next: string | undefined): void {
  locale = next
}

/** The locale dates, times and numbers are written in; undefined is the runtime's own. */
export function formatLocale(): string | undefined {
  return locale
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** A date-time formatter in the user's locale for `options`, built once and then reused. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    // The hour cycle is left to the locale rather than forced.
    formatter = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, formatter)
  }
  return formatter
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A number formatter in the user's locale for `options`, built once and then reused. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let formatter = numberFormats.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, formatter)
  }
  return formatter
}
