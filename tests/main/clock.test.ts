// The system clock reads real time, and its timers do not hold the process open.
import { describe, expect, it } from 'vitest'
import { systemClock } from '../../src/main/clock'

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
