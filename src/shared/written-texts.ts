/**
 * Clock times and day headings, written the one way main and the windows share. Main writes the
 * ones today's state shows and sends them with it: a fresh window's first Intl date formatter
 * costs 15–35 ms of ICU start-up (measured in Chromium), which the popover's first render skips.
 */
import type { Instant, LocalDate } from '../core'
import { dateTimeFormatFor } from './intl-formats'

/** Texts written in one locale and zone: clock times and 24-hour wall times by instant (ms), headings by date. */
export interface WrittenTexts {
  locale: string | undefined
  zone: string
  clocks: Record<string, string>
  wallTimes: Record<string, string>
  dayHeadings: Record<LocalDate, string>
}

/** What of a day's state carries instants and dates a window writes. */
export interface DayTextSources {
  plan: { date: LocalDate; startAt: Instant | null; endAt: Instant | null }
  record: {
    endAt: Instant | null
    leftAt: Instant | null
    stayingLate: { untilAt: Instant } | null
    checkIns: readonly { at: Instant }[]
  }
  confirmation: { date: LocalDate; leftAt: Instant } | null
}

/** A clock time such as "17:30" or "5:30 PM", as `locale` writes it (its own hour cycle), in `zone`. */
export function clockText(instant: Instant, zone: string, locale: string | undefined): string {
  return dateTimeFormatFor(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(
    instant,
  )
}

/** The wall-clock time `HH:MM` (24 h) of an instant in `zone`: the value a time input and the IPC contract take. */
export function wallTimeText(instant: Instant, zone: string): string {
  // A fixed locale and cycle: this is a machine value, not display text.
  const parts = dateTimeFormatFor('en-US', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).formatToParts(instant)
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '00'
  return `${part('hour').padStart(2, '0')}:${part('minute').padStart(2, '0')}`
}

/** A day heading such as "Tuesday, November 24", as `locale` writes it. */
export function dayHeadingText(date: LocalDate, locale: string | undefined): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  // A date is a day, not an instant: written at UTC midnight in UTC, it is the same day everywhere.
  return dateTimeFormatFor(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day))
}

/** Every clock time, wall time and heading the windows show for a day's state, written in `locale` and `zone`. */
export function writeDayTexts(
  { plan, record, confirmation }: DayTextSources,
  zone: string,
  locale: string | undefined,
): WrittenTexts {
  const instants = [
    plan.startAt,
    plan.endAt,
    record.endAt,
    record.leftAt,
    record.stayingLate?.untilAt ?? null,
    confirmation?.leftAt ?? null,
    ...record.checkIns.map((checkIn) => checkIn.at),
  ].filter((instant): instant is Instant => instant !== null)
  const dates = confirmation === null ? [plan.date] : [plan.date, confirmation.date]
  return {
    locale,
    zone,
    clocks: Object.fromEntries(instants.map((at) => [at, clockText(at, zone, locale)])),
    wallTimes:
      confirmation === null
        ? {}
        : { [confirmation.leftAt]: wallTimeText(confirmation.leftAt, zone) },
    dayHeadings: Object.fromEntries(dates.map((date) => [date, dayHeadingText(date, locale)])),
  }
}
