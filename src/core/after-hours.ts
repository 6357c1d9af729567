/** After-hours across devices: presence after the leave on every work device, counted once, and where it happened. */
import type { Instant } from './calendar'
import type { DeviceMinutes } from './devices'
import type { Leave } from './leave-rule'
import type { MergedPresence } from './merged-presence'
import { minutesCovered, presenceStretchesAfter, type Stretch } from './presence'

/** The after-hours of a day: the merged total and each work device's own minutes, largest first. */
export interface AfterHours {
  minutes: number
  byDevice: DeviceMinutes[]
}

/**
 * After-hours minutes after `leave`. On each work device, every return after the leave opens a
 * stretch that ends when that device goes away, or at its last event once the day is over (at
 * `now` before). After a declaration, only the declaring device's own going-away ends the
 * "still there" time; another device counts from its next sign of presence after the leave. A
 * device's minutes are its own; the total counts time on two devices at once once, so the
 * parts may add up to more than the total.
 */
export function afterHoursOf(
  presence: MergedPresence,
  leave: Leave,
  now: Instant,
  dayOver: boolean,
): AfterHours {
  const all: Stretch[] = []
  const byDevice: DeviceMinutes[] = []
  for (const [device, timeline] of presence.byDevice) {
    const tailEnd = dayOver ? (timeline.lastEventAt ?? leave.leftAt) : now
    const stillThere = leave.declaredAtMachine === true && leave.device === device
    const stretches = presenceStretchesAfter(timeline, leave.leftAt, tailEnd, { stillThere })
    all.push(...stretches)
    const minutes = minutesCovered(stretches)
    if (minutes > 0) byDevice.push({ device, minutes })
  }
  byDevice.sort(
    (a, b) => b.minutes - a.minutes || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0),
  )
  return { minutes: minutesCovered(all), byDevice }
}
