// Main writes the day's clock times and headings once, as the windows would, so a fresh window needs no Intl date formatter.
import { expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core'
import {
  clockText,
  dayHeadingText,
  wallTimeText,
  writeDayTexts,
} from '../../src/shared/written-texts'
import { BERLIN, TUESDAY, storyDay } from '../support/today-state'

test("every time and date of a day with check-ins, a late stay and last night's question is written", () => {
  const day = storyDay(TUESDAY, BERLIN, DEFAULT_SETTINGS)
  const state = day.todayAt('18:10', [
    day.event('10:00', { type: 'check-in', energy: 4, alignment: 3, note: '' }),
    day.event('13:30', { type: 'check-in', energy: 2, alignment: 4, note: '' }),
    day.event('17:00', {
      type: 'staying-late',
      untilAt: day.at('18:30'),
      reason: 'deadline',
      note: '',
    }),
  ])
  const confirmation = { date: '2026-11-23', leftAt: Date.UTC(2026, 10, 23, 17, 42) }
  const texts = writeDayTexts({ ...state, confirmation }, BERLIN, 'de-DE')

  expect(Object.values(texts.clocks)).toEqual(
    expect.arrayContaining(['9:00', '10:00', '13:30', '17:30', '18:30', '18:42']),
  )
  expect(texts.wallTimes).toEqual({ [confirmation.leftAt]: '18:42' })
  expect(texts.dayHeadings).toEqual({
    [TUESDAY]: 'Dienstag, 24. November',
    '2026-11-23': 'Montag, 23. November',
  })
  expect(texts).toMatchObject({ locale: 'de-DE', zone: BERLIN })
})

test('clock times follow the locale’s hour cycle and the day’s zone, not the machine’s', () => {
  const halfPastFourUtc = Date.UTC(2026, 10, 24, 16, 30)
  expect(clockText(halfPastFourUtc, BERLIN, 'en-US')).toMatch(/^5:30\sPM$/)
  expect(clockText(halfPastFourUtc, BERLIN, 'de-DE')).toBe('17:30')
  expect(clockText(halfPastFourUtc, 'Asia/Kolkata', 'de-DE')).toBe('22:00')
  expect(wallTimeText(Date.UTC(2026, 10, 24, 23, 5), BERLIN)).toBe('00:05')
  expect(dayHeadingText(TUESDAY, 'en-US')).toBe('Tuesday, November 24')
})
