/** What the fake `window.sundown` answers in figure 5: a TodayState and month summaries built by the real core from the ten-year history. */
import {
  DEFAULT_SETTINGS,
  addDays,
  instantAt,
  nextPrompt,
  planFor,
  replayDay,
  type DayEvent,
  type LocalDate,
  type MonthRef,
  type MonthSummary,
} from '../src/core'
import { summarizeStoredMonth } from '../src/main/month-service'
import type { TodayState } from '../src/shared/ipc-contract'
import { HISTORY_TODAY, HISTORY_ZONE, tenYearsOfHistory } from './ten-years'

const settings = DEFAULT_SETTINGS

/** The data one page is given: today as main would push it, and the summary of each month it may ask for. */
export interface PageData {
  today: TodayState
  months: Record<MonthRef, MonthSummary>
  /** Whether `getMonth` waits for the bench to release it, so "data arrives" can be timed. */
  holdMonth: boolean
}

/** Today at `time` on `date`, from the day's events up to then and yesterday's ritual answers. */
function todayAt(
  history: ReadonlyMap<LocalDate, DayEvent[]>,
  date: LocalDate,
  minutes: number,
): TodayState {
  const now = instantAt(date, minutes, HISTORY_ZONE)
  const plan = planFor(settings, date, HISTORY_ZONE)
  const events = (history.get(date) ?? []).filter((event) => event.at <= now)
  const record = replayDay(plan, events, settings, now)
  const yesterday = (history.get(addDays(date, -1)) ?? []).filter(
    (event): event is Extract<DayEvent, { type: 'ritual-answer' }> =>
      event.type === 'ritual-answer',
  )
  const answer = (stepId: string) =>
    yesterday.find((event) => event.stepId === stepId)?.answer ?? ''
  const firstTask = answer('first-task')
  const openLoops = answer('open-loops')
  return {
    now,
    zone: HISTORY_ZONE,
    plan,
    record,
    nextPrompt: nextPrompt(now, plan, events, settings),
    prompting: false,
    confirmation: null,
    carriedOver: firstTask || openLoops ? { firstTask, openLoops } : null,
    idleDetection: 'available',
    undeliveredPrompt: false,
    ritualSteps: settings.ritualSteps,
    headsUpMinutes: settings.headsUpMinutes,
    snoozeMinutes: settings.snoozeMinutes,
  }
}

/** The popover's data (today at 16:20) and the month view's (the last day of a full month). */
export function rendererData(): { popover: PageData; month: PageData; monthShown: MonthRef } {
  const history = new Map(tenYearsOfHistory().map((day) => [day.date, day.events]))
  const monthEnd = '2026-10-31'
  const monthShown = monthEnd.slice(0, 7)
  const monthOf = (month: MonthRef) =>
    summarizeStoredMonth(
      {
        now: () => instantAt(monthEnd, 20 * 60, HISTORY_ZONE),
        zone: () => HISTORY_ZONE,
        settings: () => settings,
        eventsFor: (date) => history.get(date) ?? [],
        today: () => monthEnd,
      },
      month,
    )
  return {
    popover: { today: todayAt(history, HISTORY_TODAY, 16 * 60 + 20), months: {}, holdMonth: false },
    month: {
      today: todayAt(history, monthEnd, 20 * 60),
      months: { [monthShown]: monthOf(monthShown) },
      holdMonth: true,
    },
    monthShown,
  }
}
