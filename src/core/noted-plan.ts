/** The plan a day was lived under: noted in its events, so a later schedule change never re-judges it. */
import { eventsOfType, inTimeOrder, type DayEvent, type EventOf } from './events'
import { planFor, type DayPlan } from './plan'
import type { Settings } from './settings'

/** The facts of a plan worth noting: the hours and the zone they were lived in. */
export type PlanNote = Omit<EventOf<'plan-noted'>, 'id' | 'at' | 'type'>

/** What to note for a plan. */
export function noteOf(plan: DayPlan): PlanNote {
  return { workday: plan.workday, start: plan.start, end: plan.end, zone: plan.zone }
}

/** Whether two notes describe the same plan. */
export function sameNote(a: PlanNote, b: PlanNote): boolean {
  return a.workday === b.workday && a.start === b.start && a.end === b.end && a.zone === b.zone
}

/** The last plan noted in a day's events, if any. */
export function lastNote(events: readonly DayEvent[]): PlanNote | null {
  const noted = eventsOfType(inTimeOrder(events), 'plan-noted').at(-1)
  return noted
    ? { workday: noted.workday, start: noted.start, end: noted.end, zone: noted.zone }
    : null
}

/**
 * The plan of a day as it was lived: its last noted hours and zone when the
 * events hold a note, else what the settings say now (for `zone`).
 */
export function planOfDay(
  settings: Settings,
  date: string,
  zone: string,
  events: readonly DayEvent[],
): DayPlan {
  const note = lastNote(events)
  if (!note) return planFor(settings, date, zone)
  const override =
    note.workday && note.end !== null
      ? { date, off: false, start: note.start ?? undefined, end: note.end, note: '' }
      : { date, off: true, note: '' }
  const plan = planFor({ ...settings, overrides: [override] }, date, note.zone)
  return plan.source === 'skipped-date' ? plan : { ...plan, source: 'noted' }
}

/**
 * The plan a date is judged by: today follows the settings as they are now (a change made today
 * counts today); any other day keeps the plan it was lived under.
 */
export function judgedPlan(
  settings: Settings,
  date: string,
  today: string,
  zone: string,
  events: readonly DayEvent[],
): DayPlan {
  return date === today ? planFor(settings, date, zone) : planOfDay(settings, date, zone, events)
}
