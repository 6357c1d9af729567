/** The prompt scheduler: one timer for the next prompt and one watchdog, armed where the core's `nextWake` says. */
import {
  DEFAULT_WATCHDOG_CADENCE,
  nextWake,
  type PlannedPrompt,
  type PromptSettings,
  type Wake,
  type WakeDay,
  type WatchdogCadence,
} from '../core'
import type { Clock } from './clock'

/** Today as the caller knows it, read once per plan. */
export interface SchedulerDay extends WakeDay {
  settings: PromptSettings
}

/** What the scheduler needs: a clock, today, and what to do when a prompt is due or the day turns. */
export interface PromptSchedulerOptions {
  clock: Clock
  getDay: () => SchedulerDay
  /**
   * Show the prompt and store its `prompt-shown` event, the only memory of what was shown: until
   * it is stored, the prompt stays due. Storing it re-plans, as every change of the day does.
   */
  onDue: (prompt: PlannedPrompt) => void
  /** The work date changed since the last plan; the caller settles the day that ended. */
  onRollover: () => void
  /**
   * Periodic work that rides on every watchdog tick (the heartbeat, the idle poll) instead of
   * keeping timers of its own, so the process wakes once per tick, not once per module.
   */
  onTick?: () => void
  /** Every plan's answer, for what follows the prompts (keeping timers on time while one nears). */
  onPlanned?: (wake: Wake, now: number) => void
  /** While true, ticks come every `watchingMs` even outside the prompt window (idle time is being watched). */
  watchClosely?: () => boolean
  cadence?: WatchdogCadence
}

/** The running scheduler. */
export interface PromptScheduler {
  /** Re-reads today and re-arms both timers (resume, unlock, settings, zone change, new event). */
  replan(): void
  /** Clears both timers for good; later replans do nothing. */
  dispose(): void
}

/**
 * Creates the scheduler; nothing runs until the first `replan`. A plan reads the day once, arms
 * both timers, and only then calls out (`onRollover` or `onDue`, last): a re-plan that the call
 * causes re-arms the timers from a fresh read, and there is nothing left to do after it.
 */
export function createPromptScheduler(options: PromptSchedulerOptions): PromptScheduler {
  const { clock, getDay, onDue, onRollover, onTick, onPlanned, watchClosely } = options
  const cadence = options.cadence ?? DEFAULT_WATCHDOG_CADENCE
  let date: string | null = null
  let promptTimer: unknown = null
  let watchdog: unknown = null
  let disposed = false

  function disarm(): void {
    if (promptTimer !== null) clock.clearTimeout(promptTimer)
    if (watchdog !== null) clock.clearTimeout(watchdog)
    promptTimer = null
    watchdog = null
  }

  function arm(atMs: number, now: number, then: () => void): unknown {
    return clock.setTimeout(then, Math.max(0, atMs - now))
  }

  function plan(): void {
    disarm()
    const now = clock.now()
    const day = getDay()
    const wake = nextWake(now, day, day.settings, {
      watchClosely: watchClosely?.() ?? false,
      cadence,
    })
    const turned = date !== null && day.plan.date !== date
    date = day.plan.date
    // A new day is settled first; a prompt due at once is then shown by the timer, at delay 0.
    const showNow = turned ? null : wake.due
    // Re-armed on every plan: a timer armed before a sleep still holds its pre-sleep delay.
    if (wake.next !== null && showNow === null) {
      promptTimer = arm(wake.next.at, now, () => {
        promptTimer = null
        replan()
      })
    }
    watchdog = arm(wake.watchdogAt, now, () => {
      watchdog = null
      try {
        onTick?.()
      } finally {
        replan()
      }
    })
    onPlanned?.(wake, now)
    if (turned) onRollover()
    else if (showNow !== null) onDue(showNow)
  }

  function replan(): void {
    if (disposed) return
    try {
      plan()
    } finally {
      // A throwing getDay must not silence the schedule: look again soon.
      if (!disposed && watchdog === null) {
        watchdog = clock.setTimeout(() => ((watchdog = null), replan()), cadence.watchingMs)
      }
    }
  }

  return {
    replan,
    dispose() {
      disposed = true
      disarm()
    },
  }
}
