// All-time statistics agree with the months they are made of, and the weekday arithmetic agrees with Temporal.
import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, test } from 'vitest'
import {
  DEFAULT_SETTINGS,
  WEEKDAYS,
  addDays,
  instantAt,
  planFor,
  replayDay,
  summarizeAllTime,
  summarizeMonth,
  weekdayOf,
  type DayEvent,
} from '../../src/core'

const zone = 'Europe/Berlin'

/** Eight weeks where every third workday ends 45 minutes late. */
function history() {
  const plans = []
  const records = []
  let n = 0
  for (let date = '2026-10-01'; date <= '2026-11-25'; date = addDays(date, 1)) {
    const plan = planFor(DEFAULT_SETTINGS, date, zone)
    plans.push(plan)
    if (!plan.workday) continue
    const leftMinutes = n++ % 3 === 0 ? 18 * 60 + 15 : 17 * 60 + 20
    const events: DayEvent[] = [
      {
        id: `${date}-c`,
        at: instantAt(date, 9 * 60, zone),
        type: 'check-in',
        energy: 4,
        alignment: 3,
        note: '',
      },
      { id: `${date}-r`, at: instantAt(date, leftMinutes, zone), type: 'ritual-completed' },
    ]
    records.push(replayDay(plan, events, DEFAULT_SETTINGS))
  }
  return { plans, records }
}

describe('summarizeAllTime', () => {
  const { plans, records } = history()
  const all = summarizeAllTime(records, plans, '2026-11-25')
  const october = summarizeMonth(records, plans, '2026-10', '2026-11-25')
  const november = summarizeMonth(records, plans, '2026-11', '2026-11-25')

  test('its totals are the sum of its months', () => {
    expect(all.verdictDays).toBe(october.verdictDays + november.verdictDays)
    expect(all.onTimeDays).toBe(october.onTimeDays + november.onTimeDays)
    expect(all.onTimeRate).toBe(all.onTimeDays / all.verdictDays)
    expect(all.checkIns).toBe(october.checkIns + november.checkIns)
    expect(all.from).toBe('2026-10-01')
    expect(all.to).toBe('2026-11-25')
  })

  test('a late day every third workday allows streaks of two, and the current one is what November shows', () => {
    expect(all.longestStreak).toBe(2)
    expect(all.currentStreak).toBe(november.currentStreak)
  })

  test('per year and per weekday the counts add up', () => {
    expect(all.years).toEqual([
      expect.objectContaining({ year: 2026, verdictDays: all.verdictDays }),
    ])
    const weekdayDays = WEEKDAYS.reduce(
      (sum, weekday) => sum + all.weekdays[weekday].verdictDays,
      0,
    )
    expect(weekdayDays).toBe(all.verdictDays)
    expect(all.weekdays.sat.verdictDays).toBe(0)
  })

  test('nothing recorded gives empty figures, not a crash', () => {
    const empty = summarizeAllTime([], [], '2026-11-25')
    expect(empty.onTimeRate).toBeNull()
    expect(empty.from).toBeNull()
  })
})

test('weekdayOf agrees with Temporal for any date from 1600 to 2400', () => {
  fc.assert(
    fc.property(fc.integer({ min: -134_774, max: 157_426 }), (offset) => {
      const date = Temporal.PlainDate.from('1970-01-01').add({ days: offset }).toString()
      expect(weekdayOf(date)).toBe(WEEKDAYS[Temporal.PlainDate.from(date).dayOfWeek - 1])
    }),
    { numRuns: 2000 },
  )
})
