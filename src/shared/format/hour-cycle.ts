/** Which clock the user reads, 12- or 24-hour, decided once from their locale and what the OS says. */
import { dateTimeFormatFor } from '../intl-formats'

/** An hour cycle as Intl names it: h12 "5:30 PM", h11 "0:30 PM" (Japan's 12-hour), h23 "17:30". */
export type HourCycle = 'h11' | 'h12' | 'h23'

/** What the OS says of the user's clock, where it can be read (see src/main/electron-os-clock.ts). */
export interface OsClock {
  /** A 12- or 24-hour clock the user chose against their region's habit (macOS's "24-hour time"). */
  forced?: '12-hour' | '24-hour' | null
  /** The locale the OS writes dates and times in (Windows' regional format, macOS's region). */
  regionLocale?: string | null
}

/** `tag` when Intl can read it as a locale, else null: an OS may answer "" or "C". */
function readable(tag: string | null | undefined): string | null {
  if (!tag) return null
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null
  } catch {
    return null
  }
}

/**
 * The hour cycle `locale` writes, by default or in its 12-hour style (`hour12`: Japan's is h11);
 * h24 ("24:30") is no one's habit, so it reads as h23.
 */
function cycleOf(locale: string | undefined, hour12?: boolean): HourCycle {
  const options: Intl.DateTimeFormatOptions =
    hour12 === undefined ? { hour: 'numeric' } : { hour: 'numeric', hour12 }
  const { hourCycle } = dateTimeFormatFor(locale, options).resolvedOptions()
  return hourCycle === 'h11' || hourCycle === 'h12' ? hourCycle : 'h23'
}

/**
 * The hour cycle for a user reading `locale` (undefined: the runtime's own): a 12/24-hour choice
 * made in the OS wins; else the habit of the region the OS formats times in; else the locale's.
 */
export function hourCycleFor(locale: string | undefined, os: OsClock = {}): HourCycle {
  const region = readable(os.regionLocale) ?? locale
  if (os.forced === '24-hour') return 'h23'
  if (os.forced === '12-hour') return cycleOf(region, true)
  return cycleOf(region)
}
