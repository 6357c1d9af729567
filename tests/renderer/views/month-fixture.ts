// A month told as stories and summarised by the real core (planFor, replayDay, summarizeMonth), plus a stand-in `window.sundown`.
import { vi } from 'vitest'
import { laptopSyncOff } from '../support/fake-sundown'
import {
  DEFAULT_SETTINGS,
  datesOfMonth,
  instantAt,
  planFor,
  previousMonth,
  replayDay,
  summarizeMonth,
  type DayEvent,
  type DayPlan,
  type Scale,
  type Settings,
} from '../../../src/core'
import type {
  DevicesState,
  IpcResult,
  SundownApi,
  TodayState,
} from '../../../src/shared/ipc-contract'

/** The zone every fixture day is planned in. */
export const zone = 'Europe/Berlin'
const MIN = 60_000

/** Default settings plus a planned day off on 11 November. */
export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  overrides: [{ date: '2026-11-11', off: true, note: 'St Martin' }],
}

/** One day as lived: how it ended relative to the plan, and what else happened. */
export type Story =
  | {
      left: number
      how?: 'ritual' | 'lock' | 'quiet'
      energy?: Scale
      alignment?: Scale
      note?: string
      evening?: number
      correctedTo?: number
      stayUntil?: number
    }
  | 'day-off'
  | 'checked-in'

let nextId = 0
const id = () => `e${nextId++}`

function eventsFor(plan: DayPlan, story: Story): DayEvent[] {
  const morning = instantAt(plan.date, 9 * 60, zone)
  const events: DayEvent[] = [{ id: id(), at: morning, type: 'app-started' }]
  if (story === 'day-off') return [...events, { id: id(), at: morning + MIN, type: 'day-off' }]
  const checkIn = (energy: Scale, alignment: Scale, note = ''): DayEvent => ({
    ...{ id: id(), at: morning + 4 * 60 * MIN, type: 'check-in' },
    ...{ energy, alignment, note },
  })
  if (story === 'checked-in') return [...events, checkIn(3, 3)]
  const end = plan.endAt ?? 0
  const leftAt = end + story.left * MIN
  if (story.stayUntil !== undefined) {
    events.push({
      ...{
        id: id(),
        at: end - 10 * MIN,
        type: 'staying-late',
        untilAt: end + story.stayUntil * MIN,
      },
      ...{ reason: 'deadline', note: 'release notes' },
    })
  }
  if (story.how === 'lock') {
    events.push({ id: id(), at: end - 30 * MIN, type: 'heartbeat' })
    events.push({ id: id(), at: leftAt, type: 'away', reason: 'lock' })
  } else if (story.how === 'quiet') {
    events.push({ id: id(), at: leftAt, type: 'heartbeat' })
  } else {
    events.push({ id: id(), at: leftAt, type: 'ritual-completed' })
  }
  if (story.energy && story.alignment)
    events.push(checkIn(story.energy, story.alignment, story.note))
  if (story.evening) {
    const back = leftAt + 3 * 60 * MIN
    if (story.how !== 'lock') events.push({ id: id(), at: leftAt, type: 'away', reason: 'lock' })
    events.push({ id: id(), at: back, type: 'back', reason: 'unlock' })
    events.push({ id: id(), at: back + story.evening * MIN, type: 'away', reason: 'lock' })
  }
  if (story.correctedTo !== undefined) {
    events.push({
      ...{ id: id(), at: end + 16 * 60 * MIN, type: 'leave-corrected' },
      leftAt: end + story.correctedTo * MIN,
    })
  }
  return events
}

/** The summary of `month` as of noon on `today`, from stories of that month and the one before. */
export function summaryOf(month: string, stories: Record<string, Story>, today: string) {
  const now = instantAt(today, 12 * 60, zone)
  const plans = [previousMonth(month), month].flatMap((each) =>
    datesOfMonth(each).map((date) => planFor(settings, date, zone)),
  )
  const records = plans.map((plan) => {
    const story = stories[plan.date]
    return replayDay(plan, story === undefined ? [] : eventsFor(plan, story), settings, now)
  })
  return summarizeMonth(records, plans, month, today)
}

/** October: a few days to compare with. */
export const october: Record<string, Story> = {
  '2026-10-26': { left: 60, energy: 2, alignment: 2 },
  '2026-10-27': { left: 0 },
  '2026-10-28': { left: -5, evening: 20 },
  '2026-10-29': { left: 0, energy: 4, alignment: 2 },
  '2026-10-30': { left: 35 },
}

/** November 2026 (the 1st is a Sunday) with every status as of Tuesday the 24th. */
export const november: Record<string, Story> = {
  '2026-11-02': { left: -5, energy: 4, alignment: 5, note: 'Good focus day' },
  '2026-11-03': { left: 0, energy: 2, alignment: 3 },
  '2026-11-04': { left: 25, evening: 45 },
  '2026-11-05': { left: 90, how: 'lock' },
  '2026-11-06': { left: 150, evening: 30 },
  '2026-11-09': { left: -10 },
  '2026-11-10': { left: 0, how: 'quiet' },
  '2026-11-13': { left: -1 },
  '2026-11-16': 'day-off',
  '2026-11-17': { left: 70, stayUntil: 60 },
  '2026-11-18': { left: 45, how: 'lock', correctedTo: 20 },
  '2026-11-19': { left: -3 },
  '2026-11-20': { left: 0, energy: 5, alignment: 4 },
  '2026-11-23': { left: -15 },
  '2026-11-24': 'checked-in',
}

/** One device with sync off: the month names no device. */
export const oneDevice: DevicesState = laptopSyncOff()

/** A stand-in preload API: months are summarised from `stories` as of `today`; `devices` as getDevices answers. */
export function installApi(
  stories: Record<string, Story>,
  today: string,
  devices: DevicesState = oneDevice,
) {
  const todayState = { plan: { date: today, zone }, zone, idleDetection: 'available' }
  const answer = <Value>(value: Value): IpcResult<Value> => ({ ok: true, value })
  const getMonth = vi.fn(async ({ month }: { month: string }) =>
    answer(summaryOf(month, stories, today)),
  )
  const api = {
    getToday: vi.fn(async () => answer(todayState as unknown as TodayState)),
    getMonth,
    correctLeave: vi.fn(async () => answer(todayState as unknown as TodayState)),
    getDevices: vi.fn(async () => answer(structuredClone(devices))),
    saveMonthReview: vi.fn(async ({ month }: { month: string }) =>
      answer(summaryOf(month, stories, today)),
    ),
  }
  Object.defineProperty(window, 'sundown', {
    value: api as unknown as SundownApi,
    configurable: true,
    writable: true,
  })
  return api
}
