// The one way a time and a day are written, for the tray, the notifications and the windows alike.
import { expect, test } from 'vitest'
import {
  clockTime,
  dayHeading,
  wallClockTime,
  wallTimeOf,
} from '../../../src/shared/format/clock-format'

const BERLIN = 'Europe/Berlin'
const halfPastFourUtc = Date.UTC(2026, 10, 24, 16, 30)

test('an American reads 5:30 PM, a German 17:30, each as their hour cycle says', () => {
  expect(clockTime(halfPastFourUtc, BERLIN, { locale: 'en-US', hourCycle: 'h12' })).toMatch(
    /^5:30\sPM$/,
  )
  expect(clockTime(halfPastFourUtc, BERLIN, { locale: 'de-DE', hourCycle: 'h23' })).toBe('17:30')
  // The hour cycle, not the locale, picks the clock: an American whose Mac is set to 24-hour.
  expect(clockTime(halfPastFourUtc, BERLIN, { locale: 'en-US', hourCycle: 'h23' })).toBe('17:30')
  // No hour cycle named: the locale's habit.
  expect(clockTime(halfPastFourUtc, BERLIN, { locale: 'de-DE' })).toBe('17:30')
})

test('times are written in the day’s zone, and after midnight as 00:30, never 24:30', () => {
  expect(clockTime(halfPastFourUtc, 'Asia/Kolkata', { locale: 'de-DE', hourCycle: 'h23' })).toBe(
    '22:00',
  )
  expect(wallClockTime('00:30', { locale: 'en-US', hourCycle: 'h23' })).toBe('00:30')
  expect(wallClockTime('00:30', { locale: 'en-US', hourCycle: 'h12' })).toMatch(/^12:30\sAM$/)
})

test('the machine value HH:MM and a day heading', () => {
  expect(wallTimeOf(Date.UTC(2026, 10, 24, 23, 5), BERLIN)).toBe('00:05')
  expect(dayHeading('2026-11-24', 'en-US')).toBe('Tuesday, November 24')
  expect(dayHeading('2026-11-24', 'de-DE')).toBe('Dienstag, 24. November')
})
