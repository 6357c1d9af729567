// A day keeps the plan it was lived under: changing the schedule or travelling later never re-judges it.
import { describe, expect, test } from 'vitest'
import {
  DEFAULT_SETTINGS,
  instantAt,
  lastNote,
  noteOf,
  planFor,
  planOfDay,
  replayDay,
  sameNote,
  type DayEvent,
  type Settings,
} from '../../src/core'

const date = '2026-11-24'
const berlin = (minutes: number) => instantAt(date, minutes, 'Europe/Berlin')
const lived = planFor(DEFAULT_SETTINGS, date, 'Europe/Berlin')
const events: DayEvent[] = [
  { id: 'n', at: berlin(9 * 60), type: 'plan-noted', ...noteOf(lived) },
  { id: 'c', at: berlin(9 * 60 + 5), type: 'check-in', energy: 3, alignment: 3, note: '' },
  { id: 'l', at: berlin(17 * 60 + 50), type: 'away', reason: 'lock' },
]
const laterSettings: Settings = {
  ...DEFAULT_SETTINGS,
  weekly: { ...DEFAULT_SETTINGS.weekly, tue: { workday: true, start: '10:00', end: '18:30' } },
}

describe('planOfDay', () => {
  test('a Tuesday lived with a 17:30 end stays 20 min late after the schedule moves to 18:30', () => {
    const plan = planOfDay(laterSettings, date, 'Europe/Berlin', events)
    expect(plan.end).toBe('17:30')
    expect(plan.source).toBe('noted')
    const record = replayDay(plan, events, laterSettings)
    expect(record.minutesLate).toBe(20)
    expect(record.onTime).toBe(false)
  })

  test('a day lived in Berlin is judged in Berlin after the user moves to New York', () => {
    const plan = planOfDay(DEFAULT_SETTINGS, date, 'America/New_York', events)
    expect(plan.zone).toBe('Europe/Berlin')
    expect(plan.endAt).toBe(berlin(17 * 60 + 30))
  })

  test('without a note the settings decide, as for a day from before notes existed', () => {
    const plan = planOfDay(laterSettings, date, 'Europe/Berlin', events.slice(1))
    expect(plan.end).toBe('18:30')
    expect(plan.source).toBe('weekly')
  })

  test('the last note wins when the plan changed during the day', () => {
    const moved = { ...noteOf(lived), end: '19:00' }
    const later: DayEvent = { id: 'm', at: berlin(12 * 60), type: 'plan-noted', ...moved }
    expect(lastNote([...events, later])?.end).toBe('19:00')
    expect(sameNote(noteOf(lived), moved)).toBe(false)
    expect(planOfDay(DEFAULT_SETTINGS, date, 'Europe/Berlin', [later, ...events]).end).toBe('19:00')
  })

  test('a noted day off stays a day off', () => {
    const off = { ...noteOf(lived), workday: false, start: null, end: null }
    const plan = planOfDay(DEFAULT_SETTINGS, date, 'Europe/Berlin', [
      { id: 'o', at: berlin(8 * 60), type: 'plan-noted', ...off },
    ])
    expect(plan.workday).toBe(false)
  })
})
