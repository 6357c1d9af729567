/** Month summaries from stored events, re-derived with the core on every read. */
import {
  datesOfMonth,
  planFor,
  previousMonth,
  replayDay,
  summarizeMonth,
  type DayEvent,
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
}

/** Summarises `month` and, for the deltas and streaks, the month before it. */
export function summarizeStoredMonth(deps: MonthServiceDeps, month: MonthRef): MonthSummary {
  const settings = deps.settings()
  const zone = deps.zone()
  const now = deps.now()
  const dates = [...datesOfMonth(previousMonth(month)), ...datesOfMonth(month)]
  const plans = dates.map((date) => planFor(settings, date, zone))
  const records = plans.map((plan) => replayDay(plan, deps.eventsFor(plan.date), settings, now))
  return summarizeMonth(records, plans, month, deps.today())
}
