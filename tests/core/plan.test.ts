// Checks planFor and dayOf in real time zones: DST days, odd offsets, skipped dates, seasons, overrides, night shifts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  addDays,
  dayOf,
  planFor,
  type DayOverride,
  type Season,
  type Settings,
  type WeeklyPlan,
} from '../../src/core'

const HOUR = 3_600_000
const utc = (iso: string): number => Date.parse(iso)

const everyDay = (end: string, start = '09:00'): WeeklyPlan => ({
  mon: { workday: true, start, end },
  tue: { workday: true, start, end },
  wed: { workday: true, start, end },
  thu: { workday: true, start, end },
  fri: { workday: true, start, end },
  sat: { workday: true, start, end },
  sun: { workday: true, start, end },
})

/** Someone who works every day until 17:30, so DST Sundays are workdays too. */
const settingsWith = (changes: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  weekly: everyDay('17:30'),
  ...changes,
})

const override = (date: string, changes: Partial<DayOverride>): DayOverride => ({
  date,
  off: false,
  note: '',
  ...changes,
})

describe('the end of the day on DST days is the 17:30 of the clock on the wall', () => {
  const cases: [string, string, string][] = [
    ['America/New_York', '2026-03-08', '2026-03-08T21:30:00Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T22:30:00Z'],
    ['Europe/London', '2026-03-29', '2026-03-29T16:30:00Z'],
    ['Europe/London', '2026-10-25', '2026-10-25T17:30:00Z'],
    ['Australia/Sydney', '2026-04-05', '2026-04-05T07:30:00Z'],
    ['Australia/Sydney', '2026-10-04', '2026-10-04T06:30:00Z'],
  ]
  it.each(cases)('in %s on %s the day ends at %s', (zone, date, expected) => {
    const plan = planFor(settingsWith(), date, zone)
    expect(plan.workday).toBe(true)
    expect(plan.source).toBe('weekly')
    expect(plan.endAt).toBe(utc(expected))
  })
})

describe('the day window on a DST day is 23 or 25 hours long', () => {
  // [zone, date, hours] with a midnight rollover the change falls inside the date itself
  const midnight: [string, string, number][] = [
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/London', '2026-03-29', 23],
    ['Europe/London', '2026-10-25', 25],
    ['Australia/Sydney', '2026-10-04', 23],
    ['Australia/Sydney', '2026-04-05', 25],
  ]
  it.each(midnight)('with a 00:00 rollover, %s %s lasts %i h', (zone, date, hours) => {
    const plan = planFor(settingsWith({ rolloverHour: 0 }), date, zone)
    expect(plan.windowEnd - plan.windowStart).toBe(hours * HOUR)
    expect(planFor(settingsWith({ rolloverHour: 0 }), addDays(date, 1), zone).windowStart).toBe(
      plan.windowEnd,
    )
  })

  it.each(midnight)(
    'with the 04:00 rollover, the night before %s %s carries the change',
    (zone, date, hours) => {
      const saturday = planFor(settingsWith(), addDays(date, -1), zone)
      const sunday = planFor(settingsWith(), date, zone)
      expect(saturday.windowEnd - saturday.windowStart).toBe(hours * HOUR)
      expect(sunday.windowEnd - sunday.windowStart).toBe(24 * HOUR)
      expect(saturday.windowEnd).toBe(sunday.windowStart)
    },
  )
})

describe('half- and three-quarter-hour zones', () => {
  it('ends 17:30 in Kolkata (+05:30) at 12:00 UTC', () => {
    expect(planFor(settingsWith(), '2026-11-24', 'Asia/Kolkata').endAt).toBe(
      utc('2026-11-24T12:00:00Z'),
    )
  })
  it('ends 17:30 in Kathmandu (+05:45) at 11:45 UTC', () => {
    expect(planFor(settingsWith(), '2026-11-24', 'Asia/Kathmandu').endAt).toBe(
      utc('2026-11-24T11:45:00Z'),
    )
  })
})

describe('an end inside the spring-forward gap moves to the instant after the gap', () => {
  it('an override ending 02:30 on 2026-03-08 in New York (midnight rollover) ends 03:30 EDT', () => {
    const settings = settingsWith({
      rolloverHour: 0,
      overrides: [override('2026-03-08', { start: '00:00', end: '02:30' })],
    })
    const plan = planFor(settings, '2026-03-08', 'America/New_York')
    expect(plan.source).toBe('override')
    expect(plan.endAt).toBe(utc('2026-03-08T07:30:00Z'))
  })

  it('a Saturday night shift ending 02:30 ends at 03:30 EDT on Sunday morning', () => {
    const settings = settingsWith({ weekly: everyDay('02:30', '18:00') })
    const plan = planFor(settings, '2026-03-07', 'America/New_York')
    expect(plan.endAt).toBe(utc('2026-03-08T07:30:00Z'))
    expect(plan.endAt).toBeLessThan(plan.windowEnd)
  })
})

describe('an end in the repeated fall-back hour takes its first occurrence', () => {
  it('a Saturday night shift ending 01:30 ends at 01:30 EDT, not EST', () => {
    const settings = settingsWith({ weekly: everyDay('01:30', '18:00') })
    const plan = planFor(settings, '2026-10-31', 'America/New_York')
    expect(plan.endAt).toBe(utc('2026-11-01T05:30:00Z'))
  })
})

describe('Pacific/Apia skipped 2011-12-30 entirely', () => {
  const zone = 'Pacific/Apia'
  const settings = settingsWith()

  it('gives no workday on a date that never happened', () => {
    const plan = planFor(settings, '2011-12-30', zone)
    expect(plan.workday).toBe(false)
    expect(plan.source).toBe('skipped-date')
    expect(plan.endAt).toBeNull()
  })

  it('never places an instant on 2011-12-30, and agrees with the neighbouring windows', () => {
    const before = planFor(settings, '2011-12-29', zone)
    const after = planFor(settings, '2011-12-31', zone)
    expect(before.windowEnd).toBe(after.windowStart)
    for (let t = before.windowStart - 2 * HOUR; t < after.windowEnd + 2 * HOUR; t += 15 * 60_000) {
      const date = dayOf(t, zone, settings.rolloverHour)
      expect(date).not.toBe('2011-12-30')
      if (t >= before.windowStart && t < before.windowEnd) expect(date).toBe('2011-12-29')
      if (t >= after.windowStart && t < after.windowEnd) expect(date).toBe('2011-12-31')
    }
  })
})

describe('seasons and overrides bend the weekly plan', () => {
  const launch: Season = {
    id: 'launch',
    name: 'Launch',
    from: '2026-11-16',
    to: '2026-11-29',
    weekly: { ...DEFAULT_SETTINGS.weekly, mon: { workday: true, start: '08:00', end: '19:00' } },
    intention: 'Ship it, then rest',
  }
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    seasons: [launch],
    overrides: [
      override('2026-11-23', { off: true }),
      override('2026-11-30', { end: '15:00' }),
      override('2026-11-25', { end: '16:00' }),
    ],
  }
  const zone = 'Europe/Berlin'

  it('a season overrides the weekly plan and says its intention', () => {
    const plan = planFor(settings, '2026-11-16', zone)
    expect(plan).toMatchObject({ workday: true, source: 'season', end: '19:00', start: '08:00' })
    expect(plan.endAt).toBe(utc('2026-11-16T18:00:00Z'))
    expect(plan.season).toEqual({ id: 'launch', name: 'Launch', intention: 'Ship it, then rest' })
  })

  it('outside the season the weekly plan applies', () => {
    const plan = planFor(settings, '2026-11-09', zone)
    expect(plan).toMatchObject({ workday: true, source: 'weekly', end: '17:30', season: null })
  })

  it('an override day off wins over the season', () => {
    const plan = planFor(settings, '2026-11-23', zone)
    expect(plan).toMatchObject({ workday: false, source: 'override', endAt: null })
    expect(plan.season?.id).toBe('launch')
  })

  it('an override end wins over the season and over the weekly plan', () => {
    expect(planFor(settings, '2026-11-25', zone)).toMatchObject({
      source: 'override',
      end: '16:00',
    })
    expect(planFor(settings, '2026-11-30', zone)).toMatchObject({
      source: 'override',
      end: '15:00',
    })
    expect(planFor(settings, '2026-11-30', zone).endAt).toBe(utc('2026-11-30T14:00:00Z'))
  })
})

describe('a night shift belongs to the date it started on', () => {
  const settings = settingsWith({ weekly: everyDay('02:00', '18:00') })
  const zone = 'Europe/Berlin'

  it('ends at 02:00 on the next calendar morning, inside its own window', () => {
    const plan = planFor(settings, '2026-11-24', zone)
    expect(plan.date).toBe('2026-11-24')
    expect(plan.endAt).toBe(utc('2026-11-25T01:00:00Z'))
    expect(plan.endAt).toBeGreaterThan(plan.windowStart)
    expect(plan.endAt).toBeLessThan(plan.windowEnd)
    expect(dayOf(plan.endAt ?? 0, zone, settings.rolloverHour)).toBe('2026-11-24')
  })

  it('an instant before the rollover hour belongs to the previous date', () => {
    expect(dayOf(utc('2026-11-25T02:59:00Z'), zone, 4)).toBe('2026-11-24') // 03:59 local
    expect(dayOf(utc('2026-11-25T03:00:00Z'), zone, 4)).toBe('2026-11-25') // 04:00 local
  })
})

describe('property: every instant lies in the window of the day it belongs to', () => {
  const zones = [
    'UTC',
    'America/New_York',
    'Europe/London',
    'Australia/Sydney',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Pacific/Apia',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Pacific/Chatham',
  ]
  it('windowStart(dayOf(t)) <= t < windowEnd(dayOf(t))', () => {
    const instant = fc.oneof(
      fc.integer({ min: utc('2000-01-01T00:00:00Z'), max: utc('2040-01-01T00:00:00Z') }),
      fc.integer({ min: utc('2011-12-28T00:00:00Z'), max: utc('2012-01-02T00:00:00Z') }),
      fc.integer({ min: utc('2026-03-07T00:00:00Z'), max: utc('2026-04-07T00:00:00Z') }),
      fc.integer({ min: utc('2026-10-03T00:00:00Z'), max: utc('2026-11-03T00:00:00Z') }),
    )
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 12 }),
        (t, zone, rolloverHour) => {
          const date = dayOf(t, zone, rolloverHour)
          const plan = planFor(settingsWith({ rolloverHour }), date, zone)
          expect(plan.source).not.toBe('skipped-date')
          expect(plan.windowStart).toBeLessThanOrEqual(t)
          expect(t).toBeLessThan(plan.windowEnd)
        },
      ),
      { numRuns: 500 },
    )
  })
})
