// The system clock reads real time, its timers do not hold the process open, and the shared tick grid.
import { describe, expect, it } from 'vitest'
import { msUntilNextTick, systemClock } from '../../src/main/clock'

describe('systemClock', () => {
  it('reads the wall clock', () => {
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(50)
  })

  it('fires its timers, unref’d so they never keep the process alive', async () => {
    let handle: unknown
    await new Promise<void>((resolve) => {
      handle = systemClock.setTimeout(resolve, 5)
    })
    expect((handle as NodeJS.Timeout).hasRef()).toBe(false)
  })

  it('cancels a timer', async () => {
    let fired = false
    const handle = systemClock.setTimeout(() => (fired = true), 5)
    systemClock.clearTimeout(handle)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fired).toBe(false)
  })
})

describe('msUntilNextTick', () => {
  it('counts to the next whole multiple of the interval, a full interval when on one', () => {
    expect(msUntilNextTick(300_000, 300_000)).toBe(300_000)
    expect(msUntilNextTick(300_001, 300_000)).toBe(299_999)
    expect(msUntilNextTick(59_000, 60_000)).toBe(1_000)
  })
})
