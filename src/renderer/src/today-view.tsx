/** Today at a glance: the plan's end and how far away it is. */
import { DEFAULT_SETTINGS, dayOf, planFor, type Instant } from '../../core'
import { describeCountdown } from './countdown'

/** Shows today's planned end for the default weekly plan, in the user's zone and locale. */
export function TodayView({ now, zone }: { now: Instant; zone: string }) {
  const plan = planFor(DEFAULT_SETTINGS, dayOf(now, zone, DEFAULT_SETTINGS.rolloverHour), zone)
  return (
    <main className="today">
      <h1>Sundown</h1>
      <p className="countdown">{describeCountdown(plan, now, DEFAULT_SETTINGS.headsUpMinutes)}</p>
    </main>
  )
}
