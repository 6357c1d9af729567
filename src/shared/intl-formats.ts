/** Intl formatters are costly to build: one per locale and set of options, built once and reused by main and the windows alike. */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/** The formatter `cache` holds for `locale` and `options`, built by `build` the first time. */
function reused<Formatter, Options>(
  cache: Map<string, Formatter>,
  locale: string | undefined,
  options: Options,
  build: (locale: string | undefined, options: Options) => Formatter,
): Formatter {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = build(locale, options)
    cache.set(key, formatter)
  }
  return formatter
}

/** A date-time formatter for `locale` (undefined: the runtime's own) and `options`; the locale's hour cycle unless `options` name one. */
export const dateTimeFormatFor = (
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  reused(dateTimeFormats, locale, options, (tag, opts) => new Intl.DateTimeFormat(tag, opts))

/** A number formatter for `locale` (undefined: the runtime's own) and `options`. */
export const numberFormatFor = (
  locale: string | undefined,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat =>
  reused(numberFormats, locale, options, (tag, opts) => new Intl.NumberFormat(tag, opts))
