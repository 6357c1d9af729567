// What the windows see of today: yesterday's leave time asked once, its answers carried over, step titles in the user's language.
import { describe, expect, test } from 'vitest'
import {
  DEFAULT_SETTINGS,
  instantAt,
  planFor,
  replayDay,
  type DayEvent,
  type LocalDate,
} from '../../src/core'
import { presentToday, type TodayFacts } from '../../src/main/today-presenter'
import { MESSAGES } from '../../src/shared/messages/all'

const ZONE = 'Europe/Berlin'
const MONDAY = '2026-11-23'
const TUESDAY = '2026-11-24'
const settings = DEFAULT_SETTINGS

const at = (date: LocalDate, time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return instantAt(date, hours * 60 + minutes, ZONE)
}

const replayed = (date: LocalDate, events: DayEvent[], now: number) => {
  const plan = planFor(settings, date, ZONE)
  return { plan, events, record: replayDay(plan, events, settings, now) }
}

const german: TodayFacts = {
  idleDetection: () => 'available',
  undeliveredPrompt: () => false,
  localization: () => ({ language: 'de', locale: 'de-DE', messages: MESSAGES.de }),
}

/** Tuesday 09:00 after a Monday that ended with a screen lock at 17:42 and a ritual answer. */
function tuesdayAfter(confirmationAsked: boolean) {
  const now = at(TUESDAY, '09:00')
  const monday: DayEvent[] = [
    { id: 'm1', at: at(MONDAY, '09:00'), type: 'app-started' },
    {
      id: 'm2',
      at: at(MONDAY, '17:20'),
      type: 'ritual-answer',
      stepId: 'first-task',
      answer: 'Notes',
    },
    { id: 'm3', at: at(MONDAY, '17:42'), type: 'away', reason: 'lock' },
  ]
  return presentToday(
    {
      now,
      zone: ZONE,
      settings,
      today: replayed(TUESDAY, [], now),
      previous: { date: MONDAY, day: replayed(MONDAY, monday, now), confirmationAsked },
    },
    german,
  )
}

describe("today's state", () => {
  test("yesterday's detected leave time is asked about until the user has answered", () => {
    expect(tuesdayAfter(false).confirmation).toEqual({
      date: MONDAY,
      leftAt: at(MONDAY, '17:42'),
      leftSource: 'lock',
    })
    expect(tuesdayAfter(true).confirmation).toBeNull()
  })

  test("yesterday's first task is carried into today", () => {
    expect(tuesdayAfter(true).carriedOver).toEqual({ firstTask: 'Notes', openLoops: '' })
  })

  test('default step titles speak the user’s language; the state says which', () => {
    const state = tuesdayAfter(true)
    expect(state).toMatchObject({ language: 'de', locale: 'de-DE', hourCycle: 'h23' })
    expect(state.ritualSteps.map((step) => step.title)).toEqual(
      settings.ritualSteps.map(
        (step) => MESSAGES.de.settings.defaultStepTitles[step.id as 'review'],
      ),
    )
  })
})
