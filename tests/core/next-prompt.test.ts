// Checks nextPrompt through a user's day: heads-up, end, reminders, snooze, away, leaving, staying late, clock jumps.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  instantAt,
  nextPrompt,
  planFor,
  type DayEvent,
  type DayPlan,
  type PlannedPrompt,
  type PromptKind,
  type Settings,
} from '../../src/core'

const zone = 'Europe/Berlin'
const date = '2026-11-24' // a Tuesday: 09:00–17:30 by default
const settings: Settings = DEFAULT_SETTINGS
const plan: DayPlan = planFor(settings, date, zone)

/** The instant of a wall-clock time today. */
const at = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, zone)
}
const END = at('17:30')

let nextId = 0
type Body = DayEvent extends infer E ? (E extends DayEvent ? Omit<E, 'id' | 'at'> : never) : never
const event = (time: string, body: Body): DayEvent =>
  ({ id: `e${nextId++}`, at: at(time), ...body }) as DayEvent
const shown = (time: string, prompt: PromptKind, forEndAt = END): DayEvent =>
  event(time, { type: 'prompt-shown', prompt, forEndAt, delivered: true })

/** The app was started with the user at the desk in the morning. */
const morning: DayEvent[] = [event('08:55', { type: 'app-started' })]

const next = (time: string, events: DayEvent[], dayPlan = plan): PlannedPrompt | null =>
  nextPrompt(at(time), dayPlan, events, settings)

describe('an ordinary day: heads-up, end, then reminders up to the limit', () => {
  it('plans the heads-up 15 minutes before the end', () => {
    expect(next('10:00', morning)).toEqual({
      kind: 'heads-up',
      at: at('17:15'),
      forEndAt: END,
      reminderNumber: 0,
    })
  })

  it('after the heads-up, plans the end prompt at the end', () => {
    const events = [...morning, shown('17:15', 'heads-up')]
    expect(next('17:16', events)).toEqual({
      kind: 'end',
      at: END,
      forEndAt: END,
      reminderNumber: 0,
    })
  })

  it('then a reminder every snooze interval, three of them, then nothing', () => {
    const events = [...morning, shown('17:15', 'heads-up'), shown('17:30', 'end')]
    expect(next('17:31', events)).toMatchObject({
      kind: 'reminder',
      at: at('17:40'),
      reminderNumber: 1,
    })
    events.push(shown('17:40', 'reminder'))
    expect(next('17:41', events)).toMatchObject({
      kind: 'reminder',
      at: at('17:50'),
      reminderNumber: 2,
    })
    events.push(shown('17:50', 'reminder'))
    expect(next('17:51', events)).toMatchObject({
      kind: 'reminder',
      at: at('18:00'),
      reminderNumber: 3,
    })
    events.push(shown('18:00', 'reminder'))
    expect(next('18:01', events)).toBeNull()
    expect(next('23:00', events)).toBeNull()
  })
})

describe('the settings shape the day', () => {
  it('without a heads-up, the first prompt is the end; with 0 reminders, the end is the last', () => {
    const quiet = { ...settings, headsUpMinutes: 0, reminderLimit: 0 }
    expect(nextPrompt(at('10:00'), plan, morning, quiet)?.kind).toBe('end')
    expect(nextPrompt(at('17:31'), plan, [...morning, shown('17:30', 'end')], quiet)).toBeNull()
  })

  it('reminders follow a 5-minute snooze interval', () => {
    const brisk = { ...settings, snoozeMinutes: 5 }
    const events = [...morning, shown('17:15', 'heads-up'), shown('17:30', 'end')]
    expect(nextPrompt(at('17:31'), plan, events, brisk)?.at).toBe(at('17:35'))
  })
})

describe('snoozing', () => {
  it('moves the next reminder to the snooze time plus its minutes', () => {
    const events = [
      ...morning,
      shown('17:15', 'heads-up'),
      shown('17:30', 'end'),
      event('17:33', { type: 'snoozed', minutes: 20 }),
    ]
    expect(next('17:34', events)).toMatchObject({
      kind: 'reminder',
      at: at('17:53'),
      reminderNumber: 1,
    })
  })

  it('after a snoozed reminder, the next one is a snooze interval after it', () => {
    const events = [
      ...morning,
      shown('17:15', 'heads-up'),
      shown('17:30', 'end'),
      event('17:33', { type: 'snoozed', minutes: 20 }),
      shown('17:53', 'reminder'),
    ]
    expect(next('17:54', events)).toMatchObject({
      kind: 'reminder',
      at: at('18:03'),
      reminderNumber: 2,
    })
  })
})

describe('nobody is prompted while away', () => {
  const beforeEnd = [...morning, shown('17:15', 'heads-up')]

  it('no prompt while the screen is locked', () => {
    const events = [...beforeEnd, event('17:25', { type: 'away', reason: 'lock' })]
    expect(next('17:26', events)).toBeNull()
    expect(next('17:35', events)).toBeNull()
  })

  it('after a short absence, the overdue end prompt comes back on unlock', () => {
    const events = [
      ...beforeEnd,
      event('17:25', { type: 'away', reason: 'lock' }),
      event('17:35', { type: 'back', reason: 'unlock' }),
    ]
    expect(next('17:35', events)).toEqual({
      kind: 'end',
      at: END,
      forEndAt: END,
      reminderNumber: 0,
    })
  })
})

describe('once the user has left, nothing more', () => {
  it('none after the ritual is completed', () => {
    const events = [
      ...morning,
      shown('17:15', 'heads-up'),
      event('17:20', { type: 'ritual-started' }),
      event('17:24', { type: 'ritual-completed' }),
    ]
    expect(next('17:25', events)).toBeNull()
    expect(next('18:30', events)).toBeNull()
  })

  it('none after a detected departure, even when the user comes back in the evening', () => {
    const events = [
      ...morning,
      shown('17:15', 'heads-up'),
      event('17:22', { type: 'away', reason: 'lock' }),
      event('19:00', { type: 'back', reason: 'unlock' }),
    ]
    expect(next('19:01', events)).toBeNull()
  })
})

describe('staying late until 19:00', () => {
  const until = at('19:00')
  const declared = [
    ...morning,
    shown('17:15', 'heads-up'),
    shown('17:30', 'end'),
    event('17:31', { type: 'staying-late', untilAt: until, reason: 'deadline', note: '' }),
  ]

  it('moves the next prompt to the heads-up for the new end', () => {
    expect(next('17:32', declared)).toEqual({
      kind: 'heads-up',
      at: at('18:45'),
      forEndAt: until,
      reminderNumber: 0,
    })
  })

  it('then the end prompt at the new end', () => {
    const events = [...declared, shown('18:45', 'heads-up', until)]
    expect(next('18:46', events)).toEqual({
      kind: 'end',
      at: until,
      forEndAt: until,
      reminderNumber: 0,
    })
  })
})

describe('days without prompts', () => {
  it('reminders paused today → none', () => {
    const events = [...morning, event('12:00', { type: 'reminders-paused' })]
    expect(next('12:01', events)).toBeNull()
    expect(next('17:31', events)).toBeNull()
  })

  it('a planned day off → none', () => {
    const saturday = planFor(settings, '2026-11-28', zone)
    const saturdayMorning = instantAt('2026-11-28', 10 * 60, zone)
    expect(nextPrompt(saturdayMorning, saturday, [], settings)).toBeNull()
  })

  it('a declared day off → none', () => {
    const events = [...morning, event('09:00', { type: 'day-off' })]
    expect(next('10:00', events)).toBeNull()
  })
})

describe('a prompt already shown for this end is never shown again', () => {
  it('after the heads-up, the heads-up is not planned again', () => {
    const events = [...morning, shown('17:15', 'heads-up')]
    expect(next('17:20', events)?.kind).toBe('end')
  })

  it('the clock jumped past the end: the overdue end prompt comes once, the heads-up is skipped', () => {
    const late = next('17:50', morning)
    expect(late).toEqual({ kind: 'end', at: END, forEndAt: END, reminderNumber: 0 })
    expect(late?.at).toBeLessThan(at('17:50'))
    const events = [...morning, shown('17:50', 'end')]
    expect(next('17:50', events)).toMatchObject({
      kind: 'reminder',
      at: at('18:00'),
      reminderNumber: 1,
    })
  })

  it('the end prompt is not returned again once shown, whatever the clock says', () => {
    const events = [...morning, shown('17:15', 'heads-up'), shown('17:30', 'end')]
    for (const time of ['17:30', '17:35', '17:45', '20:00']) {
      expect(next(time, events)?.kind).toBe('reminder')
    }
  })

  it('outside the day window there is nothing to plan', () => {
    expect(nextPrompt(plan.windowStart - 1, plan, morning, settings)).toBeNull()
    expect(nextPrompt(plan.windowEnd, plan, morning, settings)).toBeNull()
  })
})
