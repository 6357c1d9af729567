// When macOS must not nap Sundown: from shortly before the heads-up until no prompt is left today.
import { describe, expect, it } from 'vitest'
import { MINUTE_MS, type PlannedPrompt } from '../../src/core'
import { promptIsDueSoon, WAKE_LEAD_MS } from '../../src/main/prompt-wake-window'

const endAt = 1_000 * MINUTE_MS
const headsUp: PlannedPrompt = {
  kind: 'heads-up',
  at: endAt - 15 * MINUTE_MS,
  forEndAt: endAt,
  reminderNumber: 0,
}
const reminder: PlannedPrompt = {
  kind: 'reminder',
  at: endAt + 20 * MINUTE_MS,
  forEndAt: endAt,
  reminderNumber: 2,
}

describe('a prompt due soon', () => {
  it('is not yet due 26 minutes before the end, with the heads-up 15 minutes before it', () => {
    expect(promptIsDueSoon(endAt - 26 * MINUTE_MS, headsUp, 15)).toBe(false)
  })

  it('is due from ten minutes before the heads-up', () => {
    expect(WAKE_LEAD_MS).toBe(10 * MINUTE_MS)
    expect(promptIsDueSoon(endAt - 25 * MINUTE_MS, headsUp, 15)).toBe(true)
  })

  it('stays due between reminders, though the next one is far off', () => {
    expect(promptIsDueSoon(endAt + 11 * MINUTE_MS, reminder, 15)).toBe(true)
  })

  it('is not due once the day’s prompts are settled', () => {
    expect(promptIsDueSoon(endAt + 11 * MINUTE_MS, null, 15)).toBe(false)
  })

  it('counts from the end prompt itself when there is no heads-up', () => {
    const end: PlannedPrompt = { kind: 'end', at: endAt, forEndAt: endAt, reminderNumber: 0 }
    expect(promptIsDueSoon(endAt - 11 * MINUTE_MS, end, 0)).toBe(false)
    expect(promptIsDueSoon(endAt - 10 * MINUTE_MS, end, 0)).toBe(true)
  })
})
