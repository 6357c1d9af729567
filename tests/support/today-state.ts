// Builds a TodayState from a day's events through the real core, as the main process would push it.
import {
  DEFAULT_SETTINGS,
  instantAt,
  nextPrompt,
  planFor,
  replayDay,
  type DayEvent,
  type Settings,
} from '../../src/core'
import type { TodayState } from '../../src/shared/ipc-contract'

/** A Tuesday: 09:00–17:30 under the default settings. */
export const TUESDAY = '2026-11-24'
/** A Saturday: a day off under the default settings. */
export const SATURDAY = '2026-11-28'
/** The zone the story days are lived in unless a test says otherwise. */
export const BERLIN = 'Europe/Berlin'

/** A day event without its id and instant, for writing stories briefly. */
export type EventBody = DayEvent extends infer E
  ? E extends DayEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never

/** A day to tell a story on: wall-clock times in its zone, events at those times, and today as of a time. */
export function storyDay(date = TUESDAY, zone = BERLIN, settings: Settings = DEFAULT_SETTINGS) {
  const plan = planFor(settings, date, zone)
  let nextId = 0
  const at = (time: string): number => {
    const [hours, minutes, seconds = 0] = time.split(':').map(Number) as [number, number, number?]
    return instantAt(date, hours * 60 + minutes, zone) + seconds * 1000
  }
  const event = (time: string, body: EventBody): DayEvent =>
    ({ id: `e${nextId++}`, at: at(time), ...body }) as DayEvent
  const todayAt = (
    time: string,
    events: DayEvent[],
    extra: Partial<TodayState> = {},
  ): TodayState => {
    const now = at(time)
    return {
      now,
      zone,
      plan,
      record: replayDay(plan, events, settings, now),
      nextPrompt: nextPrompt(now, plan, events, settings),
      prompting: false,
      confirmation: null,
      carriedOver: null,
      idleDetection: 'available',
      undeliveredPrompt: false,
      ritualSteps: settings.ritualSteps,
      headsUpMinutes: settings.headsUpMinutes,
      snoozeMinutes: settings.snoozeMinutes,
      ...extra,
    }
  }
  return { plan, at, event, todayAt }
}
