/** How long ago something happened ("5 minutes ago", "yesterday") and a moment with its day ("7 Dec, 14:05"), in the user's language. */
import type { Instant } from '../../../core'
import { dateTimeFormat, formatClockStyle, formatLocale } from './cached-format'

const MINUTE_MS = 60_000

/** The largest unit that fits, with how many of it make a minute, smallest first. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 1],
  ['hour', 60],
  ['day', 60 * 24],
  ['week', 60 * 24 * 7],
  ['month', 60 * 24 * 30],
  ['year', 60 * 24 * 365],
]

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

/** One RelativeTimeFormat per locale, built the first time it is asked for. */
function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? ''
  let format = relativeFormats.get(key)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    relativeFormats.set(key, format)
  }
  return format
}

/**
 * `at` seen from `now` in words ("3 minutes ago", "yesterday", "2 weeks ago"); under a minute,
 * or a moment slightly ahead because clocks differ, is `justNow`.
 */
export function formatTimeAgo(at: Instant, now: Instant, justNow: string): string {
  const minutes = Math.floor((now - at) / MINUTE_MS)
  if (minutes < 1) return justNow
  let [unit, size] = UNITS[0] ?? ['minute', 1]
  for (const [candidate, candidateSize] of UNITS)
    if (minutes >= candidateSize) {
      unit = candidate
      size = candidateSize
    }
  return relativeFormat(formatLocale()).format(-Math.floor(minutes / size), unit)
}

/** A moment with its day and clock time, "7 Dec, 14:05", as the user reads dates and clocks. */
export function formatMoment(at: Instant): string {
  const { hourCycle } = formatClockStyle()
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }
  return dateTimeFormat(hourCycle === undefined ? options : { ...options, hourCycle }).format(at)
}
