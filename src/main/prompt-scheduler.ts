/** The prompt scheduler: the app's one periodic timer (a wall-clock watchdog) plus a timer for a prompt due between its ticks. */
import {
  dayOf,
  MINUTE_MS,
  nextPrompt,
  type DayEvent,
  type DayPlan,
  type Instant,
  type LocalDate,
  type PlannedPrompt,
  type PromptSettings,
  type Settings,
} from '../core'
import { msUntilNextTick, type Clock } from './clock'

/** Today as the caller knows it, read fresh at every check. */
export interface SchedulerDay {
  plan: DayPlan
  events: readonly DayEvent[]
  settings: PromptSettings & Pick<Settings, 'rolloverHour'>
  zone: string
}

/** How often the watchdog looks at the wall clock, by what the day still holds. */
export interface WatchdogIntervals {
  /** Inside the prompt window: its heads-up instant has come and a prompt is still pending. */
  watchingMs: number
  /** Before the prompt window: a prompt is ahead today. */
  waitingMs: number
  /** Nothing more to prompt today (settled, reminders exhausted, away, paused, day off). */
  restingMs: number
}

/** One look a minute in the prompt window, every 5 minutes before it, every 15 once the day is done. */
export const DEFAULT_WATCHDOG_INTERVALS: WatchdogIntervals = {
  watchingMs: MINUTE_MS,
  waitingMs: 5 * MINUTE_MS,
  restingMs: 15 * MINUTE_MS,
}

/** How far from its expected instant a watchdog tick may land before it counts as a clock jump. */
export const CLOCK_JUMP_TOLERANCE_MS = 90_000

/** A check this close before a grid instant counts as on it: timers may fire a few ms early by the wall clock. */
export const EARLY_TICK_SLACK_MS = 1_000

/** What the scheduler needs: a clock, today, and what to do when a prompt is due or the day turns. */
export interface PromptSchedulerOptions {
  clock: Clock
  getDay: () => SchedulerDay
  /** Show the prompt; record its `prompt-shown` event before returning so it is not planned again. */
  onDue: (prompt: PlannedPrompt) => void
  /** The work date changed; the next `getDay` must answer for the new date. */
  onRollover: () => void
  /**
   * Periodic work that rides on every watchdog tick (the heartbeat, the idle poll) instead of
   * keeping timers of its own, so the process wakes once per tick, not once per module.
   */
  onTick?: () => void
  /** While true, ticks come every `watchingMs` even outside the prompt window (idle time is being watched). */
  watchClosely?: () => boolean
  intervals?: Partial<WatchdogIntervals>
}

/** Counters for tests and diagnostics; wakeups are timer callbacks, the idle cost of the app. */
export interface SchedulerStats {
  promptTimerWakeups: number
  watchdogWakeups: number
  checks: number
  promptsFired: number
  clockJumps: number
  rollovers: number
  lastReason: string | null
  /** The cadence the watchdog is on now, or null when stopped. */
  watchdogIntervalMs: number | null
}

/** The running scheduler. */
export interface PromptScheduler {
  /** Re-reads today and re-arms both timers (resume, unlock, settings, zone change, new event). */
  replan(reason: string): void
  /** Clears both timers for good; later replans do nothing. */
  stop(): void
  readonly stats: Readonly<SchedulerStats>
}

const keyOf = (prompt: PlannedPrompt): string =>
  `${prompt.kind}:${prompt.forEndAt}:${prompt.reminderNumber}`

/** Creates the scheduler; nothing runs until the first `replan`, so `onDue` never fires mid-construction. */
export function createPromptScheduler(options: PromptSchedulerOptions): PromptScheduler {
  const { clock, getDay, onDue, onRollover, onTick, watchClosely } = options
  const intervals = { ...DEFAULT_WATCHDOG_INTERVALS, ...options.intervals }
  const stats: SchedulerStats = {
    promptTimerWakeups: 0,
    watchdogWakeups: 0,
    checks: 0,
    promptsFired: 0,
    clockJumps: 0,
    rollovers: 0,
    lastReason: null,
    watchdogIntervalMs: null,
  }
  // Keys already handed to onDue today: a clock set backwards hides their prompt-shown events.
  const fired = new Set<string>()
  let date: LocalDate | null = null
  let promptTimer: unknown = null
  let watchdog: unknown = null
  let checking = false
  let deferredReason: string | null = null
  let stopped = false

  function disarm(): void {
    if (promptTimer !== null) clock.clearTimeout(promptTimer)
    if (watchdog !== null) clock.clearTimeout(watchdog)
    promptTimer = null
    watchdog = null
  }

  function readDay(now: Instant): SchedulerDay {
    const day = getDay()
    const today = dayOf(now, day.zone, day.settings.rolloverHour)
    const turned = date !== null && today !== date
    date = today
    if (!turned) return day
    fired.clear()
    stats.rollovers++
    onRollover()
    return getDay()
  }

  function armPrompt(prompt: PlannedPrompt | null, now: Instant): void {
    if (prompt === null || fired.has(keyOf(prompt))) return
    // Re-armed on every check: a timer armed before a sleep still holds its pre-sleep delay.
    promptTimer = clock.setTimeout(
      () => {
        promptTimer = null
        stats.promptTimerWakeups++
        check('prompt-due')
      },
      Math.max(0, prompt.at - now),
    )
  }

  function cadenceFor(prompt: PlannedPrompt | null, day: SchedulerDay, now: Instant): number {
    if (watchClosely?.()) return intervals.watchingMs
    if (prompt === null) return intervals.restingMs
    const windowOpensAt = Math.min(
      prompt.at,
      prompt.forEndAt - day.settings.headsUpMinutes * MINUTE_MS,
    )
    return now >= windowOpensAt ? intervals.watchingMs : intervals.waitingMs
  }

  function watchdogDelayMs(prompt: PlannedPrompt | null, day: SchedulerDay, now: Instant): number {
    const intervalMs = cadenceFor(prompt, day, now)
    stats.watchdogIntervalMs = intervalMs
    const untilTickMs = msUntilNextTick(now, intervalMs)
    const gridMs = untilTickMs < EARLY_TICK_SLACK_MS ? untilTickMs + intervalMs : untilTickMs
    const untilRolloverMs = day.plan.windowEnd - now
    // Land on the rollover itself, so the new day is picked up at 04:00 rather than a tick later.
    return untilRolloverMs > 0 ? Math.min(gridMs, untilRolloverMs) : gridMs
  }

  function armWatchdog(delayMs: number, now: Instant): void {
    const expectedAt = now + delayMs
    watchdog = clock.setTimeout(() => {
      watchdog = null
      stats.watchdogWakeups++
      const jumped = Math.abs(clock.now() - expectedAt) > CLOCK_JUMP_TOLERANCE_MS
      if (jumped) stats.clockJumps++
      try {
        onTick?.()
      } finally {
        check(jumped ? 'clock-jump' : 'watchdog')
      }
    }, delayMs)
  }

  function plan(reason: string): void {
    stats.checks++
    stats.lastReason = reason
    disarm()
    let now = clock.now()
    let day = readDay(now)
    let prompt = nextPrompt(now, day.plan, day.events, day.settings)
    if (prompt !== null && prompt.at <= now && !fired.has(keyOf(prompt))) {
      fired.add(keyOf(prompt))
      stats.promptsFired++
      onDue(prompt)
      now = clock.now()
      day = getDay()
      prompt = nextPrompt(now, day.plan, day.events, day.settings)
    }
    if (stopped) return
    armPrompt(prompt, now)
    armWatchdog(watchdogDelayMs(prompt, day, now), now)
  }

  function check(reason: string): void {
    if (stopped) return
    // A replan from inside onDue or onRollover waits for this check, so one tick never fires twice.
    if (checking) {
      deferredReason = reason
      return
    }
    checking = true
    try {
      plan(reason)
    } finally {
      checking = false
      // A throwing getDay, onDue or onRollover must not silence the schedule: look again soon.
      if (!stopped && watchdog === null) armWatchdog(intervals.watchingMs, clock.now())
    }
    const again = deferredReason
    deferredReason = null
    if (again !== null) check(again)
  }

  return {
    replan: check,
    stop() {
      stopped = true
      disarm()
      stats.watchdogIntervalMs = null
    },
    stats,
  }
}
