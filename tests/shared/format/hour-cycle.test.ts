// Which clock a user reads: the OS's 12/24-hour switch first, then the region the OS formats in, then their locale.
import { describe, expect, test } from 'vitest'
import { hourCycleFor } from '../../../src/shared/format/hour-cycle'

describe('the hour cycle of a user', () => {
  test('follows the locale when the OS says nothing: 12-hour in the US, 24-hour in Germany and Britain', () => {
    expect(hourCycleFor('en-US')).toBe('h12')
    expect(hourCycleFor('de-DE')).toBe('h23')
    expect(hourCycleFor('en-GB')).toBe('h23')
  })

  test('follows the region the OS writes times in over the language Sundown speaks', () => {
    // English words on a Mac set to Germany: the clock is Germany's.
    expect(hourCycleFor('en-US', { regionLocale: 'en-DE' })).toBe('h23')
    // German words on Windows with the US regional format: the clock is the US's.
    expect(hourCycleFor('de-DE', { regionLocale: 'en-US' })).toBe('h12')
  })

  test("a 12/24-hour choice made in the OS wins over the region's habit", () => {
    expect(hourCycleFor('en-US', { forced: '24-hour', regionLocale: 'en-US' })).toBe('h23')
    expect(hourCycleFor('de-DE', { forced: '12-hour', regionLocale: 'de-DE' })).toBe('h12')
    // A 12-hour region keeps its own 12-hour style (Japan counts 0:30 PM).
    expect(hourCycleFor('ja-JP', { forced: '12-hour' })).toBe(
      new Intl.DateTimeFormat('ja-JP', { hour: 'numeric', hour12: true }).resolvedOptions()
        .hourCycle,
    )
  })

  test('a region the OS could not name ("", "C", garbage) leaves the choice to the locale', () => {
    expect(hourCycleFor('en-US', { regionLocale: '' })).toBe('h12')
    expect(hourCycleFor('de-DE', { regionLocale: 'not a locale!' })).toBe('h23')
    expect(hourCycleFor('de-DE', { regionLocale: null })).toBe('h23')
  })
})
