/** Month summaries from stored events, re-derived with the core on every read. */
import {
  datesOfMonth,
  eventsOfType,
  judgedPlan,
  previousMonth,
  replayDay,
  summarizeMonth,
  type DayEvent,
  type DeviceRoles,
  type Instant,
  type LocalDate,
  type MonthRef,
  type MonthSummary,
  type Settings,
} from '../core'

/** What a month summary reads. */
export interface MonthServiceDeps {
  now: () => Instant
  zone: () => string
  settings: () => Settings
  eventsFor: (date: LocalDate) => DayEvent[]
  today: () => LocalDate
  /** Which device is this one and which are personal (src/core/devices.ts); one device when absent. */
  roles?: () => DeviceRoles
}

/** Summarises `month` (with its month-end review) and, for the deltas and streaks, the month before it. */
export function summarizeStoredMonth(deps: MonthServiceDeps, month: MonthRef): MonthSummary {
  const settings = deps.settings()
  const zone = deps.zone()
  const now = deps.now()
  const dates = [...datesOfMonth(previousMonth(month)), ...datesOfMonth(month)]
  const days = dates.map((date) => {
    const events = deps.eventsFor(date)
    const plan = judgedPlan(settings, date, deps.today(), zone, events)
    return { plan, record: replayDay(plan, events, settings, now, deps.roles?.()) }
  })
  const plans = days.map((day) => day.plan)
  const records = days.map((day) => day.record)
  const lastDay = dates.at(-1) ?? ''
  const reviewed = eventsOfType(deps.eventsFor(lastDay), 'month-reviewed').filter(
    (event) => event.month === month,
  )
  return {
    ...summarizeMonth(records, plans, month, deps.today()),
    review: reviewed.at(-1)?.answer ?? null,
  }
}
