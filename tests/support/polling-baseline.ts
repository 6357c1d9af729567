/** Figure 1's naive baseline: a loop that wakes every second, all day, to ask whether a prompt is due. */
import { MINUTE_MS } from '../../src/core'
import { FakeClock } from './fake-clock'

/** Runs the loop on a fake clock for 24 hours from `startAt` and answers how often it woke. */
export function pollingBaselineWakeups(startAt: number, promptsAt: readonly number[]): number {
  const clock = new FakeClock(startAt)
  const shown = new Set<number>()
  const poll = () => {
    for (const promptAt of promptsAt) if (promptAt <= clock.now()) shown.add(promptAt)
    clock.setTimeout(poll, 1_000)
  }
  clock.setTimeout(poll, 1_000)
  clock.advanceTo(startAt + 24 * 60 * MINUTE_MS)
  if (shown.size !== promptsAt.length) throw new Error('The baseline loop missed a prompt.')
  return clock.wakeups
}
