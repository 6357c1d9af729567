/** Tags every timer callback of a fake clock with the timer it was, read off what the callback did and when it ran. */
import { MINUTE_MS } from '../../src/core'
import type { FakeClock } from './fake-clock'

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
 * Wraps `clock.setTimeout` so each callback is logged. A callback during which the desktop was
 * asked to show a prompt (`promptsShown` grew) is the prompt timer; one on the whole-minute grid
 * the watchdog keeps (its cadences and the 04:00 rollover are whole minutes) is the watchdog;
 * anything else is other work. Call before the app arms its first timer.
 */
export function logWakeups(clock: FakeClock, promptsShown: () => number): Wakeup[] {
  const wakeups: Wakeup[] = []
  const arm = clock.setTimeout
  clock.setTimeout = (callback, delayMs) =>
    arm(() => {
      const before = promptsShown()
      const at = clock.now()
      callback()
      const firedPrompt = promptsShown() > before
      const source: WakeupSource = firedPrompt
        ? 'prompt'
        : at % MINUTE_MS === 0
          ? 'watchdog'
          : 'other'
      wakeups.push({ at, source, firedPrompt })
    }, delayMs)
  return wakeups
}
