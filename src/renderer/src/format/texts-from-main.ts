/** The clock times and headings main wrote with the latest state: read before any Intl formatter is built. */
import type { Instant, LocalDate } from '../../../core'
import type { WrittenTexts } from '../../../shared/written-texts'
import { formatLocale } from './cached-format'

let latest: WrittenTexts | null = null

/** Keeps the texts of the state a window just received (a state without them, a fixture's, clears them). */
export function learnTexts(texts: WrittenTexts | undefined): void {
  latest = texts ?? null
}

// Texts count only in the locale the window writes in now: a language change may come first.
const usable = (zone: string | null): WrittenTexts | null =>
  latest !== null && latest.locale === formatLocale() && (zone === null || latest.zone === zone)
    ? latest
    : null

/** Main's text for the clock time of `instant` in `zone`, if it wrote one. */
export const writtenClock = (instant: Instant, zone: string): string | undefined =>
  usable(zone)?.clocks[instant]

/** Main's `HH:MM` wall time of `instant` in `zone`, if it wrote one. */
export const writtenWallTime = (instant: Instant, zone: string): string | undefined =>
  usable(zone)?.wallTimes[instant]

/** Main's heading for `date`, if it wrote one. */
export const writtenDayHeading = (date: LocalDate): string | undefined =>
  usable(null)?.dayHeadings[date]
