// Checks validateSettings: the documented defaults, field-named errors for each kind of mistake, and never throwing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RITUAL_STEPS,
  DEFAULT_SETTINGS,
  validateSettings,
  type Season,
  type Settings,
} from '../../src/core'

/** The defaults with some fields changed, as a form or an imported file might send them. */
const withChanges = (changes: Record<string, unknown>): unknown => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...changes,
})

const season = (id: string, from: string, to: string): Season => ({
  id,
  name: id,
  from,
  to,
  weekly: structuredClone(DEFAULT_SETTINGS.weekly),
  intention: '',
})

/** The field names of the errors, or [] when the settings are valid. */
const fieldsOf = (input: unknown): string[] => {
  const result = validateSettings(input)
  return result.ok ? [] : result.errors.map((error) => error.field)
}

describe('a new user starts with valid defaults', () => {
  it('the defaults pass as they are', () => {
    const result = validateSettings(DEFAULT_SETTINGS)
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS })
  })

  it('with the numbers the design names', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      graceMinutes: 10,
      headsUpMinutes: 15,
      snoozeMinutes: 10,
      reminderLimit: 3,
      awayThresholdMinutes: 10,
      departureMinimumMinutes: 30,
      rolloverHour: 4,
    })
  })

  it('Monday to Friday end at 17:30, the weekend is off', () => {
    expect(DEFAULT_SETTINGS.weekly.mon).toMatchObject({ workday: true, end: '17:30' })
    expect(DEFAULT_SETTINGS.weekly.fri).toMatchObject({ workday: true, end: '17:30' })
    expect(DEFAULT_SETTINGS.weekly.sat.workday).toBe(false)
    expect(DEFAULT_SETTINGS.weekly.sun.workday).toBe(false)
  })

  it('the ritual reviews, parks loops, picks the first task and ends on a question', () => {
    expect(DEFAULT_SETTINGS.ritualSteps).toBe(DEFAULT_RITUAL_STEPS)
    expect(DEFAULT_RITUAL_STEPS.map((step) => step.kind)).toEqual([
      'review',
      'open-loops',
      'first-task',
      'reflection',
    ])
  })
})

describe('each mistake names the field at fault', () => {
  it('an end time of "25:99"', () => {
    const weekly = { ...DEFAULT_SETTINGS.weekly, mon: { workday: true, end: '25:99' } }
    const result = validateSettings(withChanges({ weekly }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { field: 'weekly.mon.end', problem: { code: 'time', input: '"25:99"' } },
    ])
  })

  it.each(['graceMinutes', 'headsUpMinutes', 'snoozeMinutes', 'awayThresholdMinutes'])(
    'negative minutes in %s',
    (field) => {
      const result = validateSettings(withChanges({ [field]: -5 }))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(new Set(result.errors.map((error) => error.field))).toEqual(new Set([field]))
      expect(result.errors.map((error) => error.problem)).toContainEqual({
        code: 'negative',
        unit: 'minutes',
      })
    },
  )

  it('a season that ends before it starts', () => {
    const backwards = season('launch', '2026-12-01', '2026-11-01')
    expect(fieldsOf(withChanges({ seasons: [backwards] }))).toEqual(['seasons.0.to'])
  })

  it('a weekday that does not exist', () => {
    const weekly = { ...DEFAULT_SETTINGS.weekly, funday: { workday: true, end: '12:00' } }
    const result = validateSettings(withChanges({ weekly }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((error) => error.field)).toEqual(['weekly.funday'])
    expect(result.errors[0]?.problem).toMatchObject({ code: 'unknown-key', key: '"funday"' })
  })

  it('two seasons sharing dates', () => {
    const seasons = [
      season('launch', '2026-11-01', '2026-11-30'),
      season('recovery', '2026-11-30', '2026-12-31'),
    ]
    const result = validateSettings(withChanges({ seasons }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      { field: 'seasons.1.from', problem: { code: 'season-overlap', other: 'launch' } },
    ])
  })

  it('back-to-back seasons are fine', () => {
    const seasons = [
      season('launch', '2026-11-01', '2026-11-30'),
      season('recovery', '2026-12-01', '2026-12-31'),
    ]
    expect(fieldsOf(withChanges({ seasons }))).toEqual([])
  })

  it('two overrides for the same date', () => {
    const overrides = [
      { date: '2026-12-24', off: true },
      { date: '2026-12-24', off: false, end: '13:00' },
    ]
    expect(fieldsOf(withChanges({ overrides }))).toEqual(['overrides.1.date'])
  })

  it('a date that is not in the calendar', () => {
    expect(fieldsOf(withChanges({ overrides: [{ date: '2026-02-30', off: true }] }))).toEqual([
      'overrides.0.date',
    ])
  })
})

describe('a night shift may end after midnight, before the rollover hour', () => {
  const monday = (start: string, end: string): unknown =>
    withChanges({ weekly: { ...DEFAULT_SETTINGS.weekly, mon: { workday: true, start, end } } })

  it('22:00 to 03:00 is allowed with the 04:00 rollover', () => {
    expect(fieldsOf(monday('22:00', '03:00'))).toEqual([])
  })

  it('22:00 to 05:00 is not: the end is past the rollover and before the start', () => {
    expect(fieldsOf(monday('22:00', '05:00'))).toEqual(['weekly.mon.end'])
  })

  it('an end before the start in the daytime is an error', () => {
    expect(fieldsOf(monday('09:00', '08:30'))).toEqual(['weekly.mon.end'])
  })

  it('an override night shift follows the same rule', () => {
    const overrides = [{ date: '2026-12-31', off: false, start: '20:00', end: '02:00' }]
    expect(fieldsOf(withChanges({ overrides }))).toEqual([])
  })
})

describe('anything that is not settings is refused, never thrown', () => {
  it.each([null, undefined, 42, 'settings', [], true])('refuses %j', (input) => {
    const result = validateSettings(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.length).toBeGreaterThan(0)
  })

  it('the validator never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateSettings(input)
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: 500 },
    )
  })

  it('the validator never throws when one field of good settings is replaced by anything', () => {
    const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const result = validateSettings(withChanges({ [key]: value }))
        if (!result.ok) {
          for (const error of result.errors) {
            expect(typeof error.field).toBe('string')
            expect(typeof error.problem.code).toBe('string')
          }
        }
      }),
      { numRuns: 500 },
    )
  })
})
