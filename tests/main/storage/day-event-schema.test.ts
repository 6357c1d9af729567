// What a stored or imported event may look like: every real kind passes; anything odd, oversized or hostile does not.
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { DayEventSchema, ExportFileSchema } from '../../../src/shared/day-event-schema'
import { DEFAULT_SETTINGS } from '../../../src/core'
import { checkIn, everyKindOfEvent } from './storage-test-kit'

const valid = checkIn('2026-11-24')

describe('day events', () => {
  test('every kind of event the core knows is accepted as it is', () => {
    for (const event of everyKindOfEvent('2026-11-24')) {
      expect(v.parse(DayEventSchema, event)).toEqual(event)
    }
  })

  const refused: [string, unknown][] = [
    ['an unknown field', { ...valid, mood: 'sunny' }],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(valid).slice(1)}`)],
    ['a constructor key', { ...valid, constructor: { prototype: {} } }],
    ['an id of 65 characters', { ...valid, id: 'x'.repeat(65) }],
    ['an empty id', { ...valid, id: '' }],
    ['a huge note', { ...valid, note: 'x'.repeat(1_000_000) }],
    ['an energy of 6', { ...valid, energy: 6 }],
    ['an energy given as text', { ...valid, energy: '4' }],
    ['an infinite instant', { ...valid, at: Number.POSITIVE_INFINITY }],
    ['a NaN instant', { ...valid, at: Number.NaN }],
    ['a fractional instant', { ...valid, at: 1.5 }],
    ['a negative instant', { ...valid, at: -1 }],
    ['an unknown type', { ...valid, type: 'teleported' }],
    ['a missing type', { id: 'a', at: 1 }],
    ['a snooze of no minutes', { id: 'a', at: 1, type: 'snoozed', minutes: 0 }],
    ['an away with an unknown reason', { id: 'a', at: 1, type: 'away', reason: 'nap' }],
    ['an array', [valid]],
    ['null', null],
  ]

  test.each(refused)('an event with %s is refused', (_, event) => {
    expect(v.safeParse(DayEventSchema, event).success).toBe(false)
  })
})

describe('the export file', () => {
  const file = {
    format: 'sundown-export',
    version: 1,
    exportedAt: '2026-11-24T17:30:00.000Z',
    settings: DEFAULT_SETTINGS,
    days: [{ date: '2026-11-24', events: [valid] }],
  }

  test('an export as Sundown writes it is accepted', () => {
    expect(v.safeParse(ExportFileSchema, file).success).toBe(true)
  })

  test.each([
    ['another format', { ...file, format: 'other-app' }],
    ['a later version', { ...file, version: 2 }],
    ['an unknown top-level field', { ...file, extra: [] }],
    ['an impossible date', { ...file, days: [{ date: '2026-02-30', events: [] }] }],
    ['a day with an unknown field', { ...file, days: [{ date: '2026-11-24', events: [], x: 1 }] }],
    ['days given as an object', { ...file, days: { '2026-11-24': [valid] } }],
    ['a timestamp that is not one', { ...file, exportedAt: 'last Tuesday' }],
  ])('a file with %s is refused', (_, input) => {
    expect(v.safeParse(ExportFileSchema, input).success).toBe(false)
  })
})
