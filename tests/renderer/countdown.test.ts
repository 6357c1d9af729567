// The countdown line for each phase of the day, from states the real day service builds.
import { describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core'
import { describeCountdown } from '../../src/renderer/src/format/countdown'
import { dayPhaseOf, dayProgressOf } from '../../src/renderer/src/format/day-phase'
import { formatDuration } from '../../src/renderer/src/format/duration'
import { en } from '../../src/shared/messages/en'
import {
  ZONE,
  installFakeSundown,
  instantOf,
  shownClock,
  type Happening,
} from './support/fake-sundown'

const TUESDAY = '2026-11-24'
const end = shownClock(TUESDAY, '17:30')

function lineAt(time: string, happenings: Happening[] = [], settings = DEFAULT_SETTINGS) {
  const fake = installFakeSundown({
    date: TUESDAY,
    time,
    settings,
    days: { [TUESDAY]: [{ type: 'app-started', time: '09:00' }, ...happenings] },
  })
  const today = fake.today()
  return (offsetMs = 0) => describeCountdown(dayPhaseOf(today, today.now + offsetMs), ZONE, en)
}

describe('describeCountdown', () => {
  test('before the heads-up: the end and the time left', () => {
    expect(lineAt('16:18')()).toBe(`Ends ${end} · in 1 h 12 min`)
    expect(lineAt('09:30')()).toBe(`Ends ${end} · in 8 h`)
  })

  test('inside the heads-up: wind down, rounding up to the end', () => {
    expect(lineAt('17:15')()).toBe('Wind down — 15 min left')
    expect(lineAt('17:29')(30_000)).toBe('Wind down — 1 min left')
  })

  test('at the end itself, then minutes and hours past it', () => {
    expect(lineAt('17:30')()).toBe(`It's ${end} — time to stop`)
    expect(lineAt('18:05')()).toBe(`35 min past ${end}`)
    expect(lineAt('19:30')()).toBe(`2 h past ${end}`)
  })

  test('once left: on time, or how far past the end', () => {
    expect(lineAt('17:50', [{ type: 'ritual-completed', time: '17:34' }])()).toBe(
      `Left ${shownClock(TUESDAY, '17:34')} — on time`,
    )
    expect(lineAt('18:20', [{ type: 'ritual-completed', time: '18:05' }])()).toBe(
      `Left ${shownClock(TUESDAY, '18:05')} — 35 min past the end`,
    )
  })

  test('staying late moves the end the countdown runs to', () => {
    const line = lineAt('17:40', [
      {
        type: 'staying-late',
        time: '17:20',
        untilAt: instantOf(TUESDAY, '19:00'),
        reason: 'deadline',
        note: '',
      },
    ])
    expect(line()).toBe(`Ends ${shownClock(TUESDAY, '19:00')} · in 1 h 20 min`)
  })

  test('without a heads-up there is no wind-down', () => {
    const line = lineAt('17:25', [], { ...DEFAULT_SETTINGS, headsUpMinutes: 0 })
    expect(line()).toBe(`Ends ${end} · in 5 min`)
  })

  test('a planned day off, and one the user declared', () => {
    const saturday = installFakeSundown({ date: '2026-11-28', time: '11:00' }).today()
    expect(describeCountdown(dayPhaseOf(saturday, saturday.now), ZONE, en)).toBe('Day off')
    expect(lineAt('10:00', [{ type: 'day-off', time: '09:30' }])()).toBe('Day off — enjoy it')
  })
})

test('the day progress runs from the planned start to the end', () => {
  const today = installFakeSundown({ date: TUESDAY, time: '13:15' }).today()
  expect(dayProgressOf(today, today.now)).toBe(0.5)
  expect(dayProgressOf(today, instantOf(TUESDAY, '20:00'))).toBe(1)
})

test('formatDuration drops a zero part', () => {
  expect(formatDuration(0, en)).toBe('0 min')
  expect(formatDuration(45, en)).toBe('45 min')
  expect(formatDuration(60, en)).toBe('1 h')
  expect(formatDuration(72, en)).toBe('1 h 12 min')
})
