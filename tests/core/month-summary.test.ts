// Checks summarizeMonth over a built month: statuses, rates, lateness, after-hours, streaks, weekdays, check-ins, deltas.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  datesOfMonth,
  instantAt,
  planFor,
  replayDay,
  summarizeMonth,
  type DayEvent,
  type DayPlan,
  type DayRecord,
  type Scale,
  type Settings,
} from '../../src/core'

const zone = 'Europe/Berlin'
const MIN = 60_000
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  overrides: [{ date: '2026-11-11', off: true, note: 'St Martin' }],
}

/** One day as the user lived it: left `left` minutes after the end, declared a day off, or only checked in. */
type Story =
  { left: number; energy?: Scale; alignment?: Scale; evening?: number } | 'day-off' | 'checked-in'

let nextId = 0
const id = () => `e${nextId++}`

function eventsFor(plan: DayPlan, story: Story): DayEvent[] {
  const morning = instantAt(plan.date, 9 * 60, zone)
  const started: DayEvent = { id: id(), at: morning, type: 'app-started' }
  if (story === 'day-off') return [started, { id: id(), at: morning + MIN, type: 'day-off' }]
  const checkIn = (energy: Scale, alignment: Scale): DayEvent => ({
    ...{ id: id(), at: morning + 60 * MIN, type: 'check-in' },
    ...{ energy, alignment, note: '' },
  })
  if (story === 'checked-in') return [started, checkIn(3, 3)]
  const leftAt = (plan.endAt ?? 0) + story.left * MIN
  const events: DayEvent[] = [started, { id: id(), at: leftAt, type: 'ritual-completed' }]
  if (story.energy && story.alignment) events.push(checkIn(story.energy, story.alignment))
  if (story.evening) {
    const back = leftAt + 3 * 60 * MIN
    events.push({ id: id(), at: leftAt, type: 'away', reason: 'lock' }) // locks as the ritual ends
    events.push({ id: id(), at: back, type: 'back', reason: 'unlock' })
    events.push({ id: id(), at: back + story.evening * MIN, type: 'away', reason: 'lock' })
  }
  return events
}

/** Plans for every date of the months, and records replayed as of noon today from the stories told. */
function build(months: string[], stories: Record<string, Story>, today: string) {
  const now = instantAt(today, 12 * 60, zone)
  const plans = months.flatMap((month) =>
    datesOfMonth(month).map((d) => planFor(settings, d, zone)),
  )
  const records: DayRecord[] = plans
    .filter((plan) => stories[plan.date] !== undefined)
    .map((plan) => replayDay(plan, eventsFor(plan, stories[plan.date] as Story), settings, now))
  return { plans, records }
}

// November 2026: the 1st is a Sunday; today is Tuesday the 24th.
const november: Record<string, Story> = {
  '2026-11-02': { left: -5, energy: 4, alignment: 5 },
  '2026-11-03': { left: 0, energy: 2, alignment: 3 },
  '2026-11-04': { left: 25, evening: 45 }, // a little late, and back at the desk in the evening
  '2026-11-05': { left: 90 }, // late
  '2026-11-06': { left: 150, evening: 30 }, // very late
  '2026-11-09': { left: -10 },
  '2026-11-10': { left: 0 },
  // 11th: a planned day off (override); 12th: no data at all
  '2026-11-13': { left: -1 },
  '2026-11-16': 'day-off',
  '2026-11-17': { left: -2 },
  '2026-11-18': { left: 45 }, // late: breaks the streak
  '2026-11-19': { left: -3 },
  '2026-11-20': { left: 0 },
  '2026-11-23': { left: -15 },
  '2026-11-24': 'checked-in', // today, no verdict yet
}

describe('a November with every kind of day', () => {
  const { plans, records } = build(['2026-11'], november, '2026-11-24')
  const summary = summarizeMonth(records, plans, '2026-11', '2026-11-24')
  const status = (date: string) => summary.days.find((day) => day.date === date)?.status

  it('shows each day with the status the user would expect', () => {
    expect(summary.days).toHaveLength(30)
    expect(status('2026-11-02')).toBe('on-time')
    expect(status('2026-11-04')).toBe('a-little-late')
    expect(status('2026-11-05')).toBe('late')
    expect(status('2026-11-06')).toBe('very-late')
    expect(status('2026-11-01')).toBe('day-off') // Sunday
    expect(status('2026-11-11')).toBe('day-off') // override
    expect(status('2026-11-16')).toBe('day-off') // declared
    expect(status('2026-11-12')).toBe('no-data')
    expect(status('2026-11-24')).toBe('future') // today, still open
    expect(status('2026-11-25')).toBe('future')
  })

  it('counts the on-time rate over days with a verdict', () => {
    expect(summary.verdictDays).toBe(13)
    expect(summary.onTimeDays).toBe(9)
    expect(summary.onTimeRate).toBeCloseTo(9 / 13)
    expect(summary.onTimeRate).toBe(summary.onTimeDays / summary.verdictDays)
  })

  it('averages the minutes late over verdict days, on-time days as 0', () => {
    expect(summary.averageMinutesLate).toBeCloseTo((25 + 90 + 150 + 45) / 13)
  })

  it('adds up after-hours presence', () => {
    expect(summary.afterHoursMinutes).toBe(45 + 30)
  })

  it('keeps the current streak to today and the longest in the month', () => {
    expect(summary.currentStreak).toBe(3) // 19th, 20th, 23rd
    expect(summary.longestStreak).toBe(4) // 9th, 10th, 13th, 17th: days off and no-data skipped
  })

  it('gives each weekday its own rate', () => {
    expect(summary.weekdays.mon).toEqual({ verdictDays: 3, onTimeDays: 3, onTimeRate: 1 })
    expect(summary.weekdays.wed).toEqual({ verdictDays: 2, onTimeDays: 0, onTimeRate: 0 })
    expect(summary.weekdays.thu).toEqual({ verdictDays: 2, onTimeDays: 1, onTimeRate: 0.5 })
    expect(summary.weekdays.sat).toEqual({ verdictDays: 0, onTimeDays: 0, onTimeRate: null })
  })

  it('averages the check-ins', () => {
    expect(summary.checkIns).toBe(3)
    expect(summary.averageEnergy).toBeCloseTo((4 + 2 + 3) / 3)
    expect(summary.averageAlignment).toBeCloseTo((5 + 3 + 3) / 3)
  })

  it('has no previous month to compare with', () => {
    expect(summary.previous).toBeNull()
    expect(Object.values(summary.deltas)).toEqual([null, null, null, null, null])
  })
})

describe('staying late on purpose', () => {
  it('is judged against the new end and counted as planned overtime, not lateness', () => {
    const plan = planFor(settings, '2026-11-02', zone)
    const end = plan.endAt ?? 0
    const events: DayEvent[] = [
      { id: id(), at: end - 60 * MIN, type: 'app-started' },
      {
        id: id(),
        at: end - 5 * MIN,
        type: 'staying-late',
        untilAt: end + 90 * MIN,
        reason: 'deadline',
        note: '',
      },
      { id: id(), at: end + 90 * MIN, type: 'ritual-completed' },
    ]
    const record = replayDay(plan, events, settings)
    const summary = summarizeMonth([record], [plan], '2026-11', '2026-11-30')
    expect(summary.days[1]?.status).toBe('on-time')
    expect(summary.plannedOvertimeMinutes).toBe(90)
    expect(summary.averageMinutesLate).toBe(0)
  })
})

describe('lateness bands at their edges', () => {
  it.each([
    [10, 'on-time'],
    [11, 'a-little-late'],
    [30, 'a-little-late'],
    [31, 'late'],
    [120, 'late'],
    [121, 'very-late'],
  ])('leaving %i minutes after the end is %s', (left, expected) => {
    const { plans, records } = build(['2026-11'], { '2026-11-02': { left } }, '2026-11-30')
    const summary = summarizeMonth(records, plans, '2026-11', '2026-11-30')
    expect(summary.days[1]?.status).toBe(expected)
  })
})

describe('from October into November', () => {
  const october: Record<string, Story> = {
    '2026-10-27': { left: 60, energy: 2, alignment: 2 },
    '2026-10-28': { left: 0 },
    '2026-10-29': { left: -5, evening: 20 },
    '2026-10-30': { left: 0, energy: 4, alignment: 2 },
  }
  const { plans, records } = build(
    ['2026-10', '2026-11'],
    {
      ...october,
      '2026-11-02': { left: 0, energy: 5, alignment: 4 },
      '2026-11-03': 'checked-in',
    },
    '2026-11-03',
  )
  const summary = summarizeMonth(records, plans, '2026-11', '2026-11-03')

  it('the current streak runs across the month boundary; the longest stays within the month', () => {
    expect(summary.currentStreak).toBe(4) // 28th, 29th, 30th of October and the 2nd
    expect(summary.longestStreak).toBe(1)
  })

  it('compares with last month', () => {
    expect(summary.previous).toMatchObject({ verdictDays: 4, onTimeDays: 3, afterHoursMinutes: 20 })
    expect(summary.deltas.onTimeRate).toBeCloseTo(1 - 3 / 4)
    expect(summary.deltas.averageMinutesLate).toBeCloseTo(0 - 60 / 4)
    expect(summary.deltas.afterHoursMinutes).toBe(-20)
    expect(summary.deltas.averageEnergy).toBeCloseTo((5 + 3) / 2 - (2 + 4) / 2)
    expect(summary.deltas.averageAlignment).toBeCloseTo((4 + 3) / 2 - (2 + 2) / 2)
  })
})

describe("a new user's first month", () => {
  it('has nothing to compare with when last month has plans but no records', () => {
    const { plans, records } = build(['2026-10', '2026-11'], november, '2026-11-24')
    const summary = summarizeMonth(records, plans, '2026-11', '2026-11-24')
    expect(summary.afterHoursMinutes).toBe(75)
    expect(summary.deltas).toEqual({
      onTimeRate: null,
      averageMinutesLate: null,
      afterHoursMinutes: null,
      averageEnergy: null,
      averageAlignment: null,
    })
  })
})

describe('property: the on-time rate is on-time days over verdict days', () => {
  const story: fc.Arbitrary<Story | null> = fc.oneof(
    fc.constant(null),
    fc.constantFrom<Story>('day-off', 'checked-in'),
    fc.integer({ min: -60, max: 240 }).map((left) => ({ left })),
  )
  it('holds for any month of stories and any today', () => {
    const dates = datesOfMonth('2026-11')
    fc.assert(
      fc.property(
        fc.array(story, { minLength: 30, maxLength: 30 }),
        fc.constantFrom(...dates),
        (told, today) => {
          const stories: Record<string, Story> = {}
          told.forEach((s, i) => s !== null && (stories[dates[i] as string] = s))
          const { plans, records } = build(['2026-11'], stories, today)
          const summary = summarizeMonth(records, plans, '2026-11', today)
          const judged = records.filter(
            (r) => r.date <= today && r.workday && r.verdict === 'settled',
          )
          const onTime = judged.filter((r) => r.onTime).length
          expect(summary.verdictDays).toBe(judged.length)
          expect(summary.onTimeDays).toBe(onTime)
          expect(summary.onTimeRate).toBe(judged.length === 0 ? null : onTime / judged.length)
        },
      ),
      { numRuns: 60 },
    )
  })
})
