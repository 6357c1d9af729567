// The tray tells the day at a glance: the glyph and the tooltip through an ordinary day, a late one and a day off.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core'
import { trayStatusOf } from '../../src/main/tray-state'
import { clockTime } from '../../src/shared/format/clock-format'
import { durationText } from '../../src/shared/messages/duration'
import { en } from '../../src/shared/messages/en'
import { SATURDAY, storyDay } from '../support/today-state'

const europe = { locale: 'en-GB' }
const day = storyDay()
const morning = [day.event('08:55', { type: 'app-started' })]
const status = (time: string, events = morning, extra = {}) =>
  trayStatusOf(day.todayAt(time, events, { ...europe, ...extra }), en)

describe('an ordinary Tuesday ending at 17:30', () => {
  it('counts down to the end while working', () => {
    expect(status('16:18')).toEqual({ glyph: 'working', tooltip: 'Ends 17:30 — in 1 h 12 min' })
  })

  it('says whole hours without a trailing "0 min"', () => {
    expect(status('15:30').tooltip).toBe('Ends 17:30 — in 2 h')
  })

  it('winds down once the heads-up minutes begin', () => {
    expect(status('17:14').glyph).toBe('working')
    expect(status('17:15')).toEqual({ glyph: 'wind-down', tooltip: 'Wind down — 15 min left' })
    expect(status('17:18').tooltip).toBe('Wind down — 12 min left')
  })

  it('never says "0 min left" in the last seconds before the end', () => {
    expect(status('17:29:30').tooltip).toBe('Wind down — 1 min left')
  })

  it('shows the sun gone and counts the minutes past the end', () => {
    expect(status('17:30').tooltip).toBe('Just past 17:30')
    expect(status('18:05')).toEqual({ glyph: 'past-end', tooltip: '35 min past 17:30' })
    expect(status('19:45').tooltip).toBe('2 h 15 min past 17:30')
  })

  it('is done and on time after a ritual inside the grace minutes', () => {
    const events = [...morning, day.event('17:34', { type: 'ritual-completed' })]
    expect(status('17:40', events)).toEqual({ glyph: 'done', tooltip: 'Left 17:34 — on time' })
  })

  it('is done and names the lateness after a late ritual', () => {
    const events = [...morning, day.event('17:52', { type: 'ritual-completed' })]
    expect(status('18:00', events)).toEqual({ glyph: 'done', tooltip: 'Left 17:52 — 22 min late' })
  })

  it('counts toward the new end while staying late on purpose', () => {
    const events = [
      ...morning,
      day.event('17:20', {
        type: 'staying-late',
        untilAt: day.at('19:00'),
        reason: 'deadline',
        note: '',
      }),
    ]
    expect(status('18:00', events)).toEqual({ glyph: 'working', tooltip: 'Ends 19:00 — in 1 h' })
  })

  it('adds a second line when a reminder could not be shown', () => {
    expect(status('17:45', morning, { undeliveredPrompt: true }).tooltip).toBe(
      '15 min past 17:30\nReminder could not be shown',
    )
  })
})

describe('days off', () => {
  it('shows the day-off glyph on a weekend', () => {
    const saturday = storyDay(SATURDAY)
    expect(trayStatusOf(saturday.todayAt('11:00', [], europe), en)).toEqual({
      glyph: 'day-off',
      tooltip: 'Day off',
    })
  })

  it('shows the day-off glyph once the user declares today a day off', () => {
    const events = [...morning, day.event('10:00', { type: 'day-off' })]
    expect(status('10:01', events)).toEqual({ glyph: 'day-off', tooltip: 'Day off' })
  })
})

describe('clock times follow the user, not the host', () => {
  it('writes 12-hour times for a US English user', () => {
    const today = day.todayAt('16:18', morning, { locale: 'en-US', hourCycle: 'h12' })
    expect(trayStatusOf(today, en).tooltip).toBe('Ends 5:30 PM — in 1 h 12 min')
  })

  it('honours a 24-hour preference over the locale habit', () => {
    const us24 = day.todayAt('16:18', morning, { locale: 'en-US', hourCycle: 'h23' })
    expect(trayStatusOf(us24, en).tooltip).toBe('Ends 17:30 — in 1 h 12 min')
    const gb12 = day.todayAt('16:18', morning, { locale: 'en-GB', hourCycle: 'h12' })
    expect(trayStatusOf(gb12, en).tooltip).toMatch(/^Ends 5:30\s?pm — in 1 h 12 min$/i)
  })

  it('writes a shift ending after midnight as 00:30, never 24:30', () => {
    const nightShift = {
      ...DEFAULT_SETTINGS,
      weekly: { ...DEFAULT_SETTINGS.weekly, tue: { workday: true, start: '16:00', end: '00:30' } },
    }
    const night = storyDay(undefined, undefined, nightShift)
    const today = night.todayAt('22:00', [night.event('16:00', { type: 'app-started' })], {
      locale: 'en-US',
      hourCycle: 'h23',
    })
    expect(trayStatusOf(today, en).tooltip).toBe('Ends 00:30 — in 2 h 30 min')
  })

  it('formats in the day’s zone, including half-hour zones', () => {
    const kolkata = storyDay(undefined, 'Asia/Kolkata')
    const today = kolkata.todayAt(
      '17:00',
      [kolkata.event('09:00', { type: 'app-started' })],
      europe,
    )
    expect(trayStatusOf(today, en).tooltip).toBe('Ends 17:30 — in 30 min')
    expect(clockTime(today.record.endAt ?? 0, 'Europe/Berlin', europe)).toBe('13:00')
  })

  it('formats spans of minutes in hours and minutes', () => {
    expect([0, 12, 60, 72, 600].map((minutes) => durationText(minutes, en))).toEqual([
      '0 min',
      '12 min',
      '1 h',
      '1 h 12 min',
      '10 h',
    ])
  })
})
