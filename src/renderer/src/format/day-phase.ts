/** Where the day stands at an instant: before the end, winding down, past it, done, or a day off. */
import type { Instant } from '../../../core'
import type { TodayState } from '../../../shared/ipc-contract'

const MINUTE_MS = 60_000

/** The phase of today the popover and tray words are built from. */
export type DayPhase =
  | { kind: 'day-off'; declared: boolean }
  | { kind: 'left'; leftAt: Instant; onTime: boolean; minutesLate: number }
  | { kind: 'before'; endAt: Instant; minutesLeft: number }
  | { kind: 'wind-down'; endAt: Instant; minutesLeft: number }
  | { kind: 'past'; endAt: Instant; minutesPast: number }

/**
 * The phase of `today` at `now`. The end is the record's end, so a staying-late
 * declaration moves the countdown; minutes left round up so "1 min left" lasts
 * until the end itself.
 */
export function dayPhaseOf(today: TodayState, now: Instant): DayPhase {
  const { record } = today
  if (!record.workday || record.endAt === null) {
    return { kind: 'day-off', declared: record.dayOffDeclared }
  }
  if (record.verdict === 'settled' && record.leftAt !== null) {
    return {
      kind: 'left',
      leftAt: record.leftAt,
      onTime: record.onTime ?? true,
      minutesLate: record.minutesLate ?? 0,
    }
  }
  const endAt = record.endAt
  if (now >= endAt) {
    return { kind: 'past', endAt, minutesPast: Math.floor((now - endAt) / MINUTE_MS) }
  }
  const minutesLeft = Math.ceil((endAt - now) / MINUTE_MS)
  return minutesLeft <= today.headsUpMinutes
    ? { kind: 'wind-down', endAt, minutesLeft }
    : { kind: 'before', endAt, minutesLeft }
}

/** How far through the planned day `now` is, 0–1, or null when the plan has no start. */
export function dayProgressOf(today: TodayState, now: Instant): number | null {
  const start = today.plan.startAt
  const end = today.record.endAt
  if (start === null || end === null || end <= start) return null
  return Math.min(1, Math.max(0, (now - start) / (end - start)))
}
