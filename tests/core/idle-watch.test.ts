// Checks when idle time matters: from the wind-down start (end less heads-up) while the verdict is open.
import { describe, expect, it } from 'vitest'
import { MINUTE_MS, idleMatters } from '../../src/core'

const endAt = 1_000 * MINUTE_MS
const open = { verdict: 'open' as const, endAt }

describe('idle time matters only from the wind-down of an open day', () => {
  it('not before the wind-down begins, from its first instant on', () => {
    expect(idleMatters(open, 15, endAt - 15 * MINUTE_MS - 1)).toBe(false)
    expect(idleMatters(open, 15, endAt - 15 * MINUTE_MS)).toBe(true)
    expect(idleMatters(open, 15, endAt + 60 * MINUTE_MS)).toBe(true)
  })

  it('not once the day is settled, nor on a day without an end', () => {
    expect(idleMatters({ verdict: 'settled', endAt }, 15, endAt)).toBe(false)
    expect(idleMatters({ verdict: 'open', endAt: null }, 15, endAt)).toBe(false)
  })
})
