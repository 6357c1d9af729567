// A home desktop joins on the 16th: the laptop's earlier days read exactly as before; later ones gain its evenings.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  addDays,
  datesOfMonth,
  instantAt,
  judgedRecords,
  weekdayOf,
  type DayEvent,
  type DayRecord,
} from '../../src/core'
import { ZONE, rolesOf } from '../support/device-day'

const at = (date: string, time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, ZONE)
}
const JOINED = '2026-11-16'
const workdays = datesOfMonth('2026-11').filter((date) => !['sat', 'sun'].includes(weekdayOf(date)))

/** The laptop's own day (no device stamp): in at 09:00, locked at 17:40, a short evening look at 19:00. */
const laptopDay = (date: string): DayEvent[] => [
  { id: `${date}-l1`, at: at(date, '09:00'), type: 'back', reason: 'resume' },
  { id: `${date}-l2`, at: at(date, '17:40'), type: 'away', reason: 'lock' },
  { id: `${date}-l3`, at: at(date, '19:00'), type: 'back', reason: 'unlock' },
  { id: `${date}-l4`, at: at(date, '19:10'), type: 'away', reason: 'suspend' },
]
/** The desktop's evening once it has joined: 20:00–21:00. */
const desktopEvening = (date: string): DayEvent[] => [
  { id: `${date}-d1`, at: at(date, '20:00'), type: 'back', reason: 'resume', device: 'desktop' },
  { id: `${date}-d2`, at: at(date, '21:00'), type: 'away', reason: 'suspend', device: 'desktop' },
]

const NOW = at('2026-12-01', '12:00')
const days = (withDesktop: boolean) =>
  workdays.map((date) => ({
    date,
    events: [...laptopDay(date), ...(withDesktop && date >= JOINED ? desktopEvening(date) : [])],
  }))
const withoutDevices = ({ leftDevice: _left, afterHoursByDevice: _byDevice, ...rest }: DayRecord) =>
  rest

describe('a desktop that joins on the 16th', () => {
  const before = judgedRecords(days(false), DEFAULT_SETTINGS, ZONE, NOW)
  const after = judgedRecords(days(true), DEFAULT_SETTINGS, ZONE, NOW, rolesOf('laptop'))

  it('leaves every day before it joined exactly as the laptop alone judged it', () => {
    const earlier = (records: DayRecord[]) => records.filter((record) => record.date < JOINED)
    expect(earlier(after).map(withoutDevices)).toEqual(earlier(before).map(withoutDevices))
    expect(earlier(after).every((record) => record.afterHoursMinutes === 10)).toBe(true)
    expect(earlier(after).map((record) => record.afterHoursByDevice)).toEqual(
      earlier(after).map(() => [{ device: 'laptop', minutes: 10 }]),
    )
  })

  it('adds its evening hour to every day from the 16th, the leave still the laptop lock', () => {
    const later = after.filter((record) => record.date >= JOINED)
    expect(later.length).toBeGreaterThan(0)
    for (const record of later) {
      expect(record).toMatchObject({
        leftAt: at(record.date, '17:40'),
        leftDevice: 'laptop',
        afterHoursMinutes: 70,
        afterHoursByDevice: [
          { device: 'desktop', minutes: 60 },
          { device: 'laptop', minutes: 10 },
        ],
      })
    }
  })

  it('the day before it joined is the same whether or not the laptop knows of other devices', () => {
    const dayBefore = addDays(JOINED, -3) // Friday the 13th
    const one = before.find((record) => record.date === dayBefore)
    const many = after.find((record) => record.date === dayBefore)
    expect(many && withoutDevices(many)).toEqual(one && withoutDevices(one))
    expect(one?.leftDevice).toBe('this-device')
    expect(many?.leftDevice).toBe('laptop')
  })
})
