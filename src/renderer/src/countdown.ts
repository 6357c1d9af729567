/** Words for where the day stands: before the end, winding down, or past it. */
import { MINUTE_MS, type DayPlan, type Instant } from '../../core'

const time = (instant: Instant, zone: string): string =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(
    instant,
  )

const duration = (minutes: number): string => {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`
}

/** "Ends 17:30 — in 1 h 12 min", "Wind down — 12 min left", "35 min past 17:30" or "Day off". */
export function describeCountdown(plan: DayPlan, now: Instant, headsUpMinutes: number): string {
  if (!plan.workday || plan.endAt === null) return 'Day off'
  const minutesLeft = Math.ceil((plan.endAt - now) / MINUTE_MS)
  const end = time(plan.endAt, plan.zone)
  if (minutesLeft <= 0) return `${duration(-minutesLeft)} past ${end}`
  if (minutesLeft <= headsUpMinutes) return `Wind down — ${duration(minutesLeft)} left`
  return `Ends ${end} — in ${duration(minutesLeft)}`
}
