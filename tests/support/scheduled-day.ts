// A prompt scheduler over the real core in Berlin, with an event log the test appends to as the app would.
import {
  DEFAULT_SETTINGS,
  DEFAULT_WATCHDOG_CADENCE,
  addDays,
  dayOf,
  instantAt,
  planFor,
  replayDay,
  type DayEvent,
  type PlannedPrompt,
  type WatchdogCadence,
} from '../../src/core'
import { createPromptScheduler, type PromptScheduler } from '../../src/main/prompt-scheduler'
import { FakeClock } from './fake-clock'

const zone = 'Europe/Berlin'
const settings = DEFAULT_SETTINGS
/** A Tuesday, 09:00–17:30 by default, and the day after. */
export const TUESDAY = '2026-11-24'
export const WEDNESDAY = addDays(TUESDAY, 1)

/** The instant of a wall-clock time on a date in Berlin. */
export const at = (time: string, date = TUESDAY): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, zone)
}

/** An instant as Berlin's wall clock shows it, `HH:MM`. */
export const clockTime = (instant: number): string =>
  new Date(instant).toLocaleTimeString('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  })

type Body = DayEvent extends infer E ? (E extends DayEvent ? Omit<E, 'id' | 'at'> : never) : never

/** What a test can see and do around one scheduler. */
export interface ScheduledDay {
  clock: FakeClock
  events: DayEvent[]
  fired: (PlannedPrompt & { firedAt: string })[]
  /** `kind@HH:MM` for each prompt handed to onDue. */
  firedAt(): string[]
  rollovers: string[]
  /** The instant of every timer callback, to read cadences off. */
  wakeupsAt: number[]
  add(body: Body, instant?: number): void
  /** Stores the prompt-shown event and re-plans, as the app does when it shows a prompt. */
  recordShown(prompt: PlannedPrompt): void
  scheduler: PromptScheduler
}

/** How a test may vary the app: what it does with a due prompt, the watchdog's cadences and what rides on its ticks. */
export interface ScheduledDayOptions {
  onDue?: (prompt: PlannedPrompt, day: ScheduledDay) => void
  cadence?: Partial<WatchdogCadence>
  onTick?: () => void
  watchClosely?: () => boolean
}

/** Builds the scheduler; `onDue` defaults to recording the prompt as shown. */
export function scheduledDay(startAt: number, options: ScheduledDayOptions = {}): ScheduledDay {
  const onDue = options.onDue ?? ((prompt, day) => day.recordShown(prompt))
  const clock = new FakeClock(startAt)
  const wakeupsAt: number[] = []
  const setTimer = clock.setTimeout
  clock.setTimeout = (callback, delayMs) =>
    setTimer(() => (wakeupsAt.push(clock.now()), callback()), delayMs)
  const events: DayEvent[] = []
  const fired: ScheduledDay['fired'] = []
  const rollovers: string[] = []
  const add = (body: Body, instant = clock.now()): void =>
    void events.push({ id: `e${events.length}`, at: instant, ...body } as DayEvent)
  const day: ScheduledDay = {
    clock,
    events,
    fired,
    firedAt: () => fired.map((prompt) => `${prompt.kind}@${prompt.firedAt}`),
    rollovers,
    wakeupsAt,
    add,
    recordShown: (prompt) => {
      add({ type: 'prompt-shown', prompt: prompt.kind, forEndAt: prompt.forEndAt, delivered: true })
      day.scheduler.replan()
    },
    scheduler: createPromptScheduler({
      clock,
      getDay: () => {
        const date = dayOf(clock.now(), zone, settings.rolloverHour)
        const plan = planFor(settings, date, zone)
        return { plan, events, settings, record: replayDay(plan, events, settings, clock.now()) }
      },
      onDue: (prompt) => {
        fired.push({ ...prompt, firedAt: clockTime(clock.now()) })
        onDue(prompt, day)
      },
      onRollover: () => void rollovers.push(clockTime(clock.now())),
      cadence: { ...DEFAULT_WATCHDOG_CADENCE, ...options.cadence },
      onTick: options.onTick,
      watchClosely: options.watchClosely,
    }),
  }
  return day
}

/** A Tuesday with the user at the desk from `startAt` (09:00). */
export function workday(startAt = at('09:00'), options: ScheduledDayOptions = {}): ScheduledDay {
  const day = scheduledDay(startAt, options)
  day.add({ type: 'app-started' })
  day.scheduler.replan()
  return day
}

/** The five prompts of a day where every prompt is ignored. */
export const WHOLE_DAY = [
  'heads-up@17:15',
  'end@17:30',
  'reminder@17:40',
  'reminder@17:50',
  'reminder@18:00',
]
