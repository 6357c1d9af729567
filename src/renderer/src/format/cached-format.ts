/** Intl formatters are costly to build (tens of microseconds each): one per set of options, reused. */
const formatters = new Map<string, Intl.DateTimeFormat>()

/** A date-time formatter in the user's locale for `options`, built once and then reused. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options)
  let formatter = formatters.get(key)
  if (!formatter) {
    // `undefined` is the user's locale; the hour cycle is left to it rather than forced.
    formatter = new Intl.DateTimeFormat(undefined, options)
    formatters.set(key, formatter)
  }
  return formatter
}

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A number formatter in the user's locale for `options`, built once and then reused. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = JSON.stringify(options)
  let formatter = numberFormats.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, options)
    numberFormats.set(key, formatter)
  }
  return formatter
}
