/** Inputs for the core figures: a month's plans and records, all ten years replayed, and a busy day of 200 events. */
import {
  DEFAULT_SETTINGS,
  addDays,
  datesOfMonth,
  instantAt,
  MINUTE_MS,
  planFor,
  previousMonth,
  replayDay,
  summarizeMonth,
  type DayEvent,
  type DayPlan,
  type DayRecord,
  type LocalDate,
  type MonthRef,
  type MonthSummary,
} from '../src/core'
import type { DayEvents } from '../src/main/electron-store-day-events'
import { HISTORY_TODAY, HISTORY_ZONE, type EventBody } from './ten-years'

const settings = DEFAULT_SETTINGS
const NOW = instantAt(HISTORY_TODAY, 18 * 60, HISTORY_ZONE)

/** Plans and records of `month` and the month before it, as the month service builds them. */
export function monthInputs(history: ReadonlyMap<LocalDate, DayEvent[]>, month: MonthRef) {
  const dates = [...datesOfMonth(previousMonth(month)), ...datesOfMonth(month)]
  const plans = dates.map((date) => planFor(settings, date, HISTORY_ZONE))
  const records = plans.map((plan) => replayDay(plan, history.get(plan.date) ?? [], settings, NOW))
  return { plans, records }
}

/** Every month from the first day of the history to today, oldest first. */
export function monthsOf(history: readonly DayEvents[]): MonthRef[] {
  const months: MonthRef[] = []
  let month = (history[0]?.date ?? HISTORY_TODAY).slice(0, 7)
  while (month <= HISTORY_TODAY.slice(0, 7)) {
    months.push(month)
    month = addDays(`${month}-28`, 7).slice(0, 7)
  }
  return months
}

/** Every date from the month before the first month to today, in order. */
export function datesSince(months: readonly MonthRef[]): LocalDate[] {
  const dates: LocalDate[] = []
  const first = `${previousMonth(months[0] ?? HISTORY_TODAY.slice(0, 7))}-01`
  for (let date = first; date <= HISTORY_TODAY; date = addDays(date, 1)) dates.push(date)
  return dates
}

/** The plan of every date. */
export const plansOf = (dates: readonly LocalDate[]): DayPlan[] =>
  dates.map((date) => planFor(settings, date, HISTORY_ZONE))

/** The record of every planned day, replayed from its events. */
export const recordsOf = (
  plans: readonly DayPlan[],
  history: ReadonlyMap<LocalDate, DayEvent[]>,
): DayRecord[] => plans.map((plan) => replayDay(plan, history.get(plan.date) ?? [], settings, NOW))

/** Each month summarised from its own slice of days (it and the month before), in one pass. */
export function summarizeEveryMonth(
  plans: readonly DayPlan[],
  records: readonly DayRecord[],
  months: readonly MonthRef[],
): MonthSummary[] {
  const firstIndex = new Map<MonthRef, number>()
  plans.forEach((plan, index) => {
    const month = plan.date.slice(0, 7)
    if (!firstIndex.has(month)) firstIndex.set(month, index)
  })
  return months.map((month) => {
    const from = firstIndex.get(previousMonth(month)) ?? 0
    const to = firstIndex.get(addDays(`${month}-28`, 7).slice(0, 7)) ?? plans.length
    return summarizeMonth(records.slice(from, to), plans.slice(from, to), month, HISTORY_TODAY)
  })
}

/** The naive way: every month handed the whole history to find its days in. */
export const summarizeEveryMonthNaively = (
  plans: readonly DayPlan[],
  records: readonly DayRecord[],
  months: readonly MonthRef[],
): MonthSummary[] => months.map((month) => summarizeMonth(records, plans, month, HISTORY_TODAY))

/**
 * A busy day of 200 events: arrival, twelve check-ins, the idle poll noticing 85 short absences,
 * the prompts with snoozes and reminders, a ritual, and an evening back at the desk.
 */
export function busyDay(date: LocalDate = HISTORY_TODAY): { plan: DayPlan; events: DayEvent[] } {
  const plan = planFor(settings, date, HISTORY_ZONE)
  const endAt = plan.endAt ?? instantAt(date, 17 * 60 + 30, HISTORY_ZONE)
  const at = (minute: number) => instantAt(date, 0, HISTORY_ZONE) + minute * MINUTE_MS
  const bodies: [number, EventBody][] = [[8 * 60 + 50, { type: 'app-started' }]]
  for (let index = 0; index < 12; index++) {
    bodies.push([9 * 60 + index * 40, { type: 'check-in', energy: 4, alignment: 3, note: 'ok' }])
  }
  for (let index = 0; index < 85; index++) {
    const minute = 9 * 60 + 5 + index * 5
    bodies.push([minute, { type: 'away', reason: 'idle' }])
    bodies.push([minute + 2, { type: 'back', reason: 'input' }])
  }
  bodies.push([
    17 * 60 + 15,
    { type: 'prompt-shown', prompt: 'heads-up', forEndAt: endAt, delivered: true },
  ])
  bodies.push([
    17 * 60 + 30,
    { type: 'prompt-shown', prompt: 'end', forEndAt: endAt, delivered: true },
  ])
  for (let index = 0; index < 3; index++) {
    bodies.push([17 * 60 + 31 + index * 10, { type: 'snoozed', minutes: 10 }])
    bodies.push([
      17 * 60 + 40 + index * 10,
      { type: 'prompt-shown', prompt: 'reminder', forEndAt: endAt, delivered: true },
    ])
  }
  bodies.push([18 * 60 + 5, { type: 'ritual-started' }])
  for (const stepId of ['review', 'open-loops', 'first-task', 'reflection']) {
    bodies.push([18 * 60 + 7, { type: 'ritual-answer', stepId, answer: 'Done for today' }])
  }
  bodies.push([18 * 60 + 10, { type: 'ritual-completed' }])
  bodies.push([18 * 60 + 11, { type: 'away', reason: 'lock' }])
  bodies.push([21 * 60, { type: 'back', reason: 'unlock' }])
  bodies.push([21 * 60 + 30, { type: 'away', reason: 'suspend' }])
  const events = bodies.map(
    ([minute, body], index) => ({ ...body, id: `busy-${index}`, at: at(minute) }) as DayEvent,
  )
  return { plan, events }
}

/** The settings the core figures replay with. */
export const CORE_SETTINGS = settings
/** The "now" the core figures replay at: 18:00 on the history's last day. */
export const CORE_NOW = NOW
