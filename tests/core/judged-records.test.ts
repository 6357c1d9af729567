// Checks which plan a day is judged by: today by today's settings, a past day by the plan it was lived under.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  instantAt,
  judgedRecords,
  noteOf,
  planFor,
  type DayEvent,
  type Settings,
} from '../../src/core'

const zone = 'Europe/Berlin'
const at = (date: string, time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, zone)
}
/** A day lived under 09:00–17:30, noted at its start, left with the ritual at 17:40. */
const lived = (date: string): DayEvent[] => [
  {
    id: `${date}-n`,
    at: at(date, '08:55'),
    type: 'plan-noted',
    ...noteOf(planFor(DEFAULT_SETTINGS, date, zone)),
  },
  { id: `${date}-a`, at: at(date, '08:55'), type: 'app-started' },
  { id: `${date}-r`, at: at(date, '17:40'), type: 'ritual-completed' },
]
/** Tuesdays end at 18:00 from now on. */
const later: Settings = {
  ...DEFAULT_SETTINGS,
  weekly: { ...DEFAULT_SETTINGS.weekly, tue: { workday: true, end: '18:00' } },
}

describe('records for the export', () => {
  it('judge a past Tuesday by its noted 17:30 end, and today by the 18:00 end in force now', () => {
    const days = [
      { date: '2026-11-17', events: lived('2026-11-17') },
      { date: '2026-11-24', events: lived('2026-11-24') },
    ]
    const [past, today] = judgedRecords(days, later, zone, at('2026-11-24', '20:00'))
    expect(past?.minutesLate).toBe(10)
    expect(today?.onTime).toBe(true)
    expect(today?.minutesLate).toBe(0)
  })
})
