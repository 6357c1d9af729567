/** What the fake `window.sundown` answers in figure 5: a TodayState and month summaries built by the real core from the ten-year history. */
import {
  DEFAULT_SETTINGS,
  instantAt,
  type DayEvent,
  type LocalDate,
  type MonthRef,
  type MonthSummary,
} from '../src/core'
import { createDayService } from '../src/main/day-service'
import { summarizeStoredMonth } from '../src/main/month-service'
import type { TodayState } from '../src/shared/ipc-contract'
import { MESSAGES } from '../src/shared/messages/all'
import { HISTORY_TODAY, HISTORY_ZONE, tenYearsOfHistory } from './ten-years'

const settings = DEFAULT_SETTINGS

/** The data one page is given: today as main would push it, and the summary of each month it may ask for. */
export interface PageData {
  today: TodayState
  months: Record<MonthRef, MonthSummary>
  /** Whether `getMonth` waits for the bench to release it, so "data arrives" can be timed. */
  holdMonth: boolean
}

/**
 * Today at `minutes` past midnight on `date`, from the real day service over the history up to
 * then, as main would push it to an English (US) system: words, locale and hour cycle included.
 */
function todayAt(
  history: ReadonlyMap<LocalDate, DayEvent[]>,
  date: LocalDate,
  minutes: number,
): TodayState {
  const now = instantAt(date, minutes, HISTORY_ZONE)
  const day = createDayService({
    now: () => now,
    zone: () => HISTORY_ZONE,
    settings: () => settings,
    log: {
      append: () => undefined,
      eventsFor: (day) => (history.get(day) ?? []).filter((event) => event.at <= now),
    },
    // Last night's leave time was already confirmed: the popover opens on the day itself.
    memory: {
      lastHeartbeat: () => null,
      recordHeartbeat: () => false,
      wasConfirmationAsked: () => true,
      markConfirmationAsked: () => undefined,
    },
    newId: () => 'bench',
    idleDetection: () => 'available',
    undeliveredPrompt: () => false,
    localization: () => ({ language: 'en', locale: 'en-US', messages: MESSAGES.en }),
  })
  return day.today()
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
