/** When the next wall-clock minute starts, so the countdown ticks on the minute rather than drifting. */
import type { Instant } from '../../core'

const MINUTE_MS = 60_000
// Land just after the boundary, so the minute has certainly turned when the tick reads the clock.
const SLACK_MS = 25

/** Milliseconds from `now` until just after the next whole minute. */
export function msUntilNextMinute(now: Instant): number {
  return MINUTE_MS - (((now % MINUTE_MS) + MINUTE_MS) % MINUTE_MS) + SLACK_MS
}
