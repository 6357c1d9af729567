/** nextWake: when the main process must look at the day again, and which prompt is due now. */
import { MINUTE_MS, type Instant } from './calendar'
import type { DayRecord } from './day-record'
import type { DeviceRoles } from './devices'
import type { DayEvent } from './events'
import { nextPromptOf, type PlannedPrompt, type PromptSettings } from './next-prompt'
import type { DayPlan } from './plan'

/** How often the watchdog looks at the wall clock, by what the day still holds. */
export interface WatchdogCadence {
  /** Inside the prompt window (its heads-up instant has come and a prompt is pending), or while idle is watched. */
  watchingMs: number
  /** Before the prompt window: a prompt is ahead today. */
  waitingMs: number
  /** Nothing more to prompt today (settled, reminders exhausted, away, paused, day off). */
  restingMs: number
}

/** One look a minute in the prompt window, every 5 minutes before it, every 15 once the day is done. */
export const DEFAULT_WATCHDOG_CADENCE: WatchdogCadence = {
  watchingMs: MINUTE_MS,
  waitingMs: 5 * MINUTE_MS,
  restingMs: 15 * MINUTE_MS,
}

/** A look this close before a grid instant counts as on it: timers may fire a few ms early by the wall clock. */
export const EARLY_TICK_SLACK_MS = 1_000

/**
 * Milliseconds from `now` to the next whole multiple of `intervalMs` since the epoch (never 0).
 * Periodic work lands on this shared grid so the watchdog, heartbeat and idle poll fall due
 * together and wake the process once rather than three times.
 */
export function msUntilNextTick(now: Instant, intervalMs: number): number {
  return intervalMs - (((now % intervalMs) + intervalMs) % intervalMs)
}

/** Today as the wake planner reads it: the plan, the events, and their replay as of `now`. */
export interface WakeDay {
  plan: DayPlan
  events: readonly DayEvent[]
  record: DayRecord
  /** The devices the record was replayed with; absent: one device. Prompts show only on the one in use. */
  roles?: DeviceRoles
}

/** What the main process learns from one look at the day. */
export interface Wake {
  /** The prompt to show now (its instant has come), or null. */
  due: PlannedPrompt | null
  /** The next prompt of the day, due or ahead, or null when none is left. */
  next: PlannedPrompt | null
  /** When the watchdog looks again: on its cadence's grid, or at the rollover if that comes first. */
  watchdogAt: Instant
  /** The cadence the watchdog is on. */
  cadenceMs: number
}

/** What shapes the watchdog besides the day: whether idle time is being watched, and the cadence. */
export interface WakeOptions {
  /** While idle time is watched the watchdog polls it every `watchingMs`, outside the prompt window too. */
  watchClosely?: boolean
  cadence?: WatchdogCadence
}

/**
 * When to look at the day next and what is due now, given `now`, today and the settings. The
 * stored `prompt-shown` events are the memory of what was shown: a due prompt stays due until
 * the caller stores one for it.
 */
export function nextWake(
  now: Instant,
  day: WakeDay,
  settings: PromptSettings,
  { watchClosely = false, cadence = DEFAULT_WATCHDOG_CADENCE }: WakeOptions = {},
): Wake {
  const next = nextPromptOf(now, day.plan, day.events, day.record, settings, day.roles)
  const due = next !== null && next.at <= now ? next : null
  const windowOpensAt =
    next === null ? null : Math.min(next.at, next.forEndAt - settings.headsUpMinutes * MINUTE_MS)
  const cadenceMs =
    watchClosely || (windowOpensAt !== null && now >= windowOpensAt)
      ? cadence.watchingMs
      : windowOpensAt !== null
        ? cadence.waitingMs
        : cadence.restingMs
  const untilTickMs = msUntilNextTick(now, cadenceMs)
  const gridMs = untilTickMs < EARLY_TICK_SLACK_MS ? untilTickMs + cadenceMs : untilTickMs
  const untilRolloverMs = day.plan.windowEnd - now
  // Land on the rollover itself, so the new day is picked up at 04:00 rather than a tick later.
  const delayMs = untilRolloverMs > 0 ? Math.min(gridMs, untilRolloverMs) : gridMs
  return { due, next, watchdogAt: now + delayMs, cadenceMs }
}
