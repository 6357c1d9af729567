// Checks nextWake through a user's day: what is due, and when the watchdog looks again.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  MINUTE_MS,
  instantAt,
  msUntilNextTick,
  nextWake,
  planFor,
  replayDay,
  type DayEvent,
} from '../../src/core'

const zone = 'Europe/Berlin'
const date = '2026-11-24' // a Tuesday: 09:00–17:30 by default
const settings = DEFAULT_SETTINGS
const plan = planFor(settings, date, zone)
const at = (time: string, on = date): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(on, hours * 60 + minutes, zone)
}
const started: DayEvent = { id: 'a', at: at('08:55'), type: 'app-started' }
const wakeAt = (time: string, events: DayEvent[] = [started], watchClosely = false) => {
  const now = at(time)
  const record = replayDay(plan, events, settings, now)
  return nextWake(now, { plan, events, record }, settings, { watchClosely })
}

describe('when the user is at work', () => {
  it('before the heads-up: nothing due, the heads-up next, a look every 5 minutes', () => {
    const wake = wakeAt('09:02')
    expect(wake.due).toBeNull()
    expect(wake.next).toMatchObject({ kind: 'heads-up', at: at('17:15') })
    expect(wake.watchdogAt).toBe(at('09:05'))
  })

  it('at the heads-up: it is due, and the watchdog looks every minute', () => {
    const wake = wakeAt('17:15')
    expect(wake.due).toMatchObject({ kind: 'heads-up' })
    expect(wake.watchdogAt).toBe(at('17:16'))
  })

  it('a prompt stays due until its prompt-shown event is stored', () => {
    const shown: DayEvent = {
      id: 'b',
      at: at('17:15'),
      type: 'prompt-shown',
      prompt: 'heads-up',
      forEndAt: at('17:30'),
      delivered: true,
    }
    const wake = wakeAt('17:15', [started, shown])
    expect(wake.due).toBeNull()
    expect(wake.next).toMatchObject({ kind: 'end', at: at('17:30') })
  })

  it('once the day is settled: nothing next, a look every 15 minutes, every minute while idle is watched', () => {
    const done: DayEvent = { id: 'c', at: at('17:20'), type: 'ritual-completed' }
    expect(wakeAt('18:01', [started, done])).toMatchObject({
      next: null,
      cadenceMs: 15 * MINUTE_MS,
    })
    expect(wakeAt('18:01', [started, done], true).watchdogAt).toBe(at('18:02'))
  })
})

describe('the watchdog grid', () => {
  it('lands on the rollover when it comes before the next tick', () => {
    const now = at('03:10', '2026-11-25')
    const events: DayEvent[] = [started, { id: 'c', at: at('17:20'), type: 'ritual-completed' }]
    const day = { plan, events, record: replayDay(plan, events, settings, now) }
    const sevenHourly = {
      watchingMs: MINUTE_MS,
      waitingMs: MINUTE_MS,
      restingMs: 7 * 60 * MINUTE_MS,
    }
    expect(nextWake(now, day, settings).watchdogAt).toBe(at('03:15', '2026-11-25'))
    expect(nextWake(now, day, settings, { cadence: sevenHourly }).watchdogAt).toBe(
      at('04:00', '2026-11-25'),
    )
  })

  it('counts to the next whole multiple of the interval, a full interval when on one', () => {
    expect(msUntilNextTick(300_000, 300_000)).toBe(300_000)
    expect(msUntilNextTick(300_001, 300_000)).toBe(299_999)
    expect(msUntilNextTick(59_000, 60_000)).toBe(1_000)
  })

  it('treats a look a moment before a grid instant as on it', () => {
    expect(wakeAt('09:00').watchdogAt - (at('09:00') - 0)).toBe(5 * MINUTE_MS)
    const early = at('09:05') - 500
    const record = replayDay(plan, [started], settings, early)
    const wake = nextWake(early, { plan, events: [started], record }, settings)
    expect(wake.watchdogAt).toBe(at('09:10'))
  })
})
