// The day service reads each date once and keeps its replays, yet what it shows always follows the clock, the events and the settings.
import { describe, expect, test } from 'vitest'
import {
  DEFAULT_SETTINGS,
  instantAt,
  type DayEvent,
  type LocalDate,
  type Settings,
} from '../../src/core'
import { createDayService, type AppMemory } from '../../src/main/day-service'
import { MESSAGES } from '../../src/shared/messages/all'

const ZONE = 'Europe/Berlin'
const TUESDAY = '2026-11-24'
const MONDAY = '2026-11-23'

const at = (date: LocalDate, time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return instantAt(date, hours * 60 + minutes, ZONE)
}

/** A day service over an in-memory log the test can also write behind its back, as an import does. */
function aDay(startAt: number) {
  const stored = new Map<LocalDate, DayEvent[]>()
  let now = startAt
  let settings: Settings = DEFAULT_SETTINGS
  let nextId = 0
  const memory: AppMemory = {
    lastHeartbeat: () => null,
    recordHeartbeat: () => true,
    wasConfirmationAsked: () => false,
    markConfirmationAsked: () => undefined,
  }
  const log = {
    append: (date: LocalDate, event: DayEvent) =>
      void stored.set(date, [...(stored.get(date) ?? []), event]),
    eventsFor: (date: LocalDate) => [...(stored.get(date) ?? [])],
  }
  const day = createDayService({
    now: () => now,
    zone: () => ZONE,
    settings: () => settings,
    log,
    memory,
    newId: () => `event-${nextId++}`,
    idleDetection: () => 'available',
    undeliveredPrompt: () => false,
    localization: () => ({ language: 'en', locale: 'en-GB', messages: MESSAGES.en }),
  })
  return {
    day,
    log,
    setNow: (instant: number) => void (now = instant),
    setSettings: (next: Settings) => void (settings = next),
  }
}

describe('what the day service shows', () => {
  test("a day's record follows the clock with no new event: open in the afternoon, judged by night's end", () => {
    const { day, setNow } = aDay(at(TUESDAY, '09:00'))
    day.record({ type: 'check-in', energy: 4, alignment: 4, note: '' })
    setNow(at(TUESDAY, '14:00'))
    expect(day.dayAt(TUESDAY).record.verdict).toBe('open')

    setNow(at('2026-11-25', '09:00'))
    expect(day.dayAt(TUESDAY).record.verdict).not.toBe('open')
  })

  test('an answer recorded for yesterday is carried over at once', () => {
    const { day, setNow } = aDay(at(MONDAY, '17:35'))
    day.record({ type: 'ritual-answer', stepId: 'first-task', answer: 'Ship the notes' })
    setNow(at(TUESDAY, '09:00'))
    expect(day.today().carriedOver?.firstTask).toBe('Ship the notes')

    // Stored late, as a sync from another machine would, but answered within Monday's window.
    day.record(
      {
        type: 'ritual-answer',
        stepId: 'first-task',
        answer: 'Call the vendor',
        at: at(MONDAY, '17:38'),
      },
      MONDAY,
    )
    expect(day.today().carriedOver?.firstTask).toBe('Call the vendor')
  })

  test('events stored behind its back (an import) show once it is told something changed', () => {
    const { day, log } = aDay(at(TUESDAY, '10:00'))
    day.record({ type: 'check-in', energy: 3, alignment: 3, note: 'here' })
    log.append(TUESDAY, {
      id: 'imported',
      at: at(TUESDAY, '09:30'),
      type: 'check-in',
      energy: 5,
      alignment: 5,
      note: 'from the laptop',
    })
    expect(day.changed().record.checkIns.map((checkIn) => checkIn.note)).toEqual([
      'from the laptop',
      'here',
    ])
  })

  test('new settings move today’s end once it is told they changed', () => {
    const { day, setSettings } = aDay(at(TUESDAY, '10:00'))
    day.record({ type: 'check-in', energy: 3, alignment: 3, note: '' })
    expect(day.today().plan.end).toBe('17:30')
    setSettings({
      ...DEFAULT_SETTINGS,
      weekly: { ...DEFAULT_SETTINGS.weekly, tue: { ...DEFAULT_SETTINGS.weekly.tue, end: '16:00' } },
    })
    expect(day.changed().plan.end).toBe('16:00')
  })
})
