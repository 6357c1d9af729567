/** Every stored day's record, each judged by the plan its date is judged by (as the month and today are). */
import type { Instant, LocalDate } from './calendar'
import type { DayRecord } from './day-record'
import { dayOf } from './day-window'
import { ONE_DEVICE, type DeviceRoles } from './devices'
import type { DayEvent } from './events'
import { judgedPlan } from './noted-plan'
import { replayDay } from './replay-day'
import type { Settings } from './settings'

/**
 * The records of `days` as of `now` in `zone`: today by today's settings, past days by their
 * noted plans, every day read across the devices of `roles` (default: this device alone).
 */
export function judgedRecords(
  days: readonly { date: LocalDate; events: readonly DayEvent[] }[],
  settings: Settings,
  zone: string,
  now: Instant,
  roles: DeviceRoles = ONE_DEVICE,
): DayRecord[] {
  const today = dayOf(now, zone, settings.rolloverHour)
  return days.map(({ date, events }) =>
    replayDay(judgedPlan(settings, date, today, zone, events), events, settings, now, roles),
  )
}
