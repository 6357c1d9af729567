/** Tags every timer callback of a fake clock with the timer it was, read off the scheduler's counters. */
import type { SchedulerStats } from '../src/main/prompt-scheduler'
import type { FakeClock } from '../tests/support/fake-clock'

/** Why a timer callback ran. */
export type WakeupSource = 'watchdog' | 'prompt' | 'other'

/** One timer callback: when, and which timer it was. */
export interface Wakeup {
  at: number
  source: WakeupSource
  /** A prompt timer that showed a prompt did needed work. */
  firedPrompt: boolean
}

/**
 * Wraps `clock.setTimeout` so each callback is logged; `stats` answers null until the app
 * (and its scheduler) exists. Call before the app arms its first timer.
 */
export function logWakeups(
  clock: FakeClock,
  stats: () => Readonly<SchedulerStats> | null,
): Wakeup[] {
  const wakeups: Wakeup[] = []
  const arm = clock.setTimeout
  clock.setTimeout = (callback, delayMs) =>
    arm(() => {
      const current = stats()
      const before = current ? { ...current } : null
      const at = clock.now()
      callback()
      const after = stats()
      const grew = (counter: keyof SchedulerStats) =>
        before !== null && after !== null && Number(after[counter]) > Number(before[counter])
      const source: WakeupSource = grew('watchdogWakeups')
        ? 'watchdog'
        : grew('promptTimerWakeups')
          ? 'prompt'
          : 'other'
      wakeups.push({ at, source, firedPrompt: grew('promptsFired') })
    }, delayMs)
  return wakeups
}
