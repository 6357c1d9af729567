/** Intl formatters are costly to build: one per locale and set of options, built once and reused by main and the windows alike. */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

const keyOf = (locale: string | undefined, options: object) =>
  `${locale ?? ''}|${JSON.stringify(options)}`

/** A date-time formatter for `locale` (undefined: the runtime's own) and `options`; the hour cycle is left to the locale. */
export function dateTimeFormatFor(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = keyOf(locale, options)
  let formatter = dateTimeFormats.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    dateTimeFormats.set(key, formatter)
  }
  return formatter
}

/** A number formatter for `locale` (undefined: the runtime's own) and `options`. */
export function numberFormatFor(
  locale: string | undefined,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = keyOf(locale, options)
  let formatter = numberFormats.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, formatter)
  }
  return formatter
}
