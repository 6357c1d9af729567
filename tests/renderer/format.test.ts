// The renderer's small pure helpers: calendar dates, clock values, refusals, the view name, the minute clock, the questions.
import { describe, expect, test } from 'vitest'
import {
  addDaysTo,
  daysBetween,
  monthOfDate,
  weekdayIndexOf,
} from '../../src/renderer/src/format/local-date'
import { setFormatLocale } from '../../src/renderer/src/format/cached-format'
import {
  formatClock,
  formatDayHeading,
  formatWallTime,
  wallTimeOf,
} from '../../src/renderer/src/format/time'
import { msUntilNextMinute } from '../../src/renderer/src/minute-clock'
import { refusalOf } from '../../src/renderer/src/refusal'
import { viewFromSearch } from '../../src/renderer/src/view-name'
import {
  reflectionQuestionFor,
  weeklyQuestionFor,
} from '../../src/renderer/src/views/ritual/reflection-question'
import { en } from '../../src/shared/messages/en'

describe('local dates', () => {
  test('weekdays are Monday-first, as the core numbers them', () => {
    expect(weekdayIndexOf('2026-11-23')).toBe(0)
    expect(weekdayIndexOf('2026-11-27')).toBe(4)
    expect(weekdayIndexOf('2026-11-29')).toBe(6)
  })

  test('adding days crosses months, years and DST changes exactly', () => {
    expect(addDaysTo('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDaysTo('2027-01-01', -4)).toBe('2026-12-28')
    expect(daysBetween('2026-11-20', '2026-11-23')).toBe(3)
    expect(monthOfDate('2026-11-24')).toBe('2026-11')
  })
})

describe('clock values', () => {
  test('times are written in the day zone, not the machine zone', () => {
    const instant = Date.UTC(2026, 10, 24, 16, 30)
    const berlin = formatClock(instant, 'Europe/Berlin')
    const kolkata = formatClock(instant, 'Asia/Kolkata')
    expect(berlin).toMatch(/5:30|17:30/)
    expect(kolkata).toMatch(/10:00/)
  })

  test('wallTimeOf gives the HH:MM a time input and the contract take', () => {
    expect(wallTimeOf(Date.UTC(2026, 10, 24, 16, 30), 'Europe/Berlin')).toBe('17:30')
    expect(wallTimeOf(Date.UTC(2026, 10, 24, 23, 5), 'Europe/Berlin')).toBe('00:05')
    expect(wallTimeOf(Date.UTC(2026, 2, 29, 1, 15), 'Europe/Berlin')).toBe('03:15')
  })

  test('times follow the hour cycle main sent, dates and the rest the locale', () => {
    const halfPastFourUtc = Date.UTC(2026, 10, 24, 16, 30)
    setFormatLocale('de-DE', 'h23')
    expect(formatClock(halfPastFourUtc, 'Europe/Berlin')).toBe('17:30')
    expect(formatDayHeading('2026-11-24')).toBe('Dienstag, 24. November')

    // A German reader whose OS keeps a 12-hour clock.
    setFormatLocale('de-DE', 'h12')
    expect(formatClock(halfPastFourUtc, 'Europe/Berlin')).toMatch(/^5:30\sPM$/)
    expect(formatWallTime('00:05')).toMatch(/^12:05\sAM$/)

    setFormatLocale('en-US', 'h12')
    expect(formatClock(halfPastFourUtc, 'Europe/Berlin')).toMatch(/^5:30\sPM$/)
    expect(formatDayHeading('2026-11-24')).toBe('Tuesday, November 24')

    setFormatLocale(undefined)
  })
})

describe('a refused command in words', () => {
  test("puts a named field's problem next to that field", () => {
    const refusal = refusalOf(
      {
        code: 'fields',
        errors: [{ field: 'until', problem: { code: 'not-after-end', end: '17:30' } }],
      },
      ['until', 'note'],
      en,
    )
    expect(refusal).toEqual({
      fields: { until: "Pick a time after today's end (17:30)." },
      form: null,
    })
  })

  test('says the problems of fields the form does not show under the form', () => {
    const refusal = refusalOf(
      {
        code: 'fields',
        errors: [
          { field: 'note', problem: { code: 'text-too-long', max: 500 } },
          { field: 'extra', problem: { code: 'invalid' } },
        ],
      },
      ['note'],
      en,
    )
    expect(refusal).toEqual({
      fields: { note: 'Keep it under 500 characters.' },
      form: 'This value is not valid.',
    })
  })

  test('a refusal without a field, a bug in main, and a call that never came back', () => {
    expect(refusalOf({ code: 'not-workday' }, [], en)).toEqual({
      fields: {},
      form: 'Today is not a workday.',
    })
    expect(refusalOf({ code: 'failed' }, [], en).form).toMatch(/did not go through/)
    expect(refusalOf(null, [], en).form).toMatch(/did not go through/)
  })
})

test('the view comes from ?view=, defaulting to the popover', () => {
  expect(viewFromSearch('?view=ritual')).toBe('ritual')
  expect(viewFromSearch('?view=settings&x=1')).toBe('settings')
  expect(viewFromSearch('')).toBe('popover')
  expect(viewFromSearch('?view=devtools')).toBe('popover')
})

test('the minute clock wakes just after the next minute', () => {
  const minute = Date.UTC(2026, 10, 24, 15, 18)
  expect(msUntilNextMinute(minute)).toBe(60_025)
  expect(msUntilNextMinute(minute + 59_000)).toBe(1_025)
})

describe('the ritual questions', () => {
  test('about ten daily questions, one a day in turn, the same for the same date', () => {
    const questions = en.ritual.reflectionQuestions
    expect(questions.length).toBeGreaterThanOrEqual(10)
    const fortnight = Array.from({ length: questions.length }, (_, day) =>
      reflectionQuestionFor(addDaysTo('2026-11-01', day), en),
    )
    expect(new Set(fortnight).size).toBe(questions.length)
    expect(reflectionQuestionFor('2026-11-24', en)).toBe(reflectionQuestionFor('2026-11-24', en))
  })

  test('the weekly question holds for a whole Monday-to-Sunday week', () => {
    const week = Array.from({ length: 7 }, (_, day) =>
      weeklyQuestionFor(addDaysTo('2026-11-23', day), en),
    )
    expect(new Set(week).size).toBe(1)
    expect(weeklyQuestionFor('2026-11-30', en)).not.toBe(week[0])
  })
})
