// Issue 6, figure 1 in CI: the whole app through a simulated 24-hour workday stays within its wakeup and write budgets.
// The write counter wraps node:fs, so it must load before electron-store (keep this import first).
import '../support/file-write-counter'
import { describe, expect, it } from 'vitest'
import { idleDayBaselineWakeups, simulateIdleDay } from '../support/idle-day'
import { idleDayMeasures, meetsBudget } from '../support/idle-day-measures'

describe('idle cost of the main process (deterministic)', () => {
  it('meets every budget of figure 1', async () => {
    const measures = idleDayMeasures(await simulateIdleDay(), idleDayBaselineWakeups())
    const missed = measures
      .filter((measure) => !meetsBudget(measure))
      .map((measure) => `${measure.id} ${measure.name}: ${measure.ours} (${measure.note ?? ''})`)
    expect(missed).toEqual([])
  })

  it('stores each event of the day with one read and one replay of today, and no replay of Monday', async () => {
    const day = await simulateIdleDay()
    expect(day.actionWork.map(({ action }) => action)).toEqual([
      'checkIn',
      'checkIn',
      'startRitual',
      'answerRitualStep',
      'answerRitualStep',
      'completeRitual',
      'lock-screen',
    ])
    for (const { action, work } of day.actionWork) {
      expect({ action, ...work }).toEqual({
        action,
        appends: 1,
        reads: 1,
        todayReplays: 1,
        otherReplays: 0,
      })
    }
  })

  it('looks at the unattended evening once per watchdog tick, without reading the store', async () => {
    const { ticks, work } = (await simulateIdleDay()).eveningWork
    expect(ticks).toBeGreaterThan(0)
    expect(work).toEqual({ reads: 0, appends: 0, todayReplays: ticks, otherReplays: 0 })
  })

  it('costs a fraction of a one-second polling loop', async () => {
    const day = await simulateIdleDay()
    expect(idleDayBaselineWakeups()).toBe(86_400)
    expect(day.wakeups.length).toBeLessThanOrEqual(300)
    expect(day.wakeups.length).toBe(day.clockWakeups)
  })
})
