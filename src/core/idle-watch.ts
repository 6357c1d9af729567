/** When idle time matters: from the wind-down start while the day's verdict is still open. */
import { MINUTE_MS, type Instant } from './calendar'
import type { DayRecord } from './day-record'

/**
 * Whether the user's idle time should be watched now: only while today's verdict is open and the
 * wind-down (the end less the heads-up) has begun, since only then can an absence be a departure.
 */
export function idleMatters(
  record: Pick<DayRecord, 'verdict' | 'endAt'>,
  headsUpMinutes: number,
  now: Instant,
): boolean {
  if (record.verdict !== 'open' || record.endAt === null) return false
  return now >= record.endAt - headsUpMinutes * MINUTE_MS
}
