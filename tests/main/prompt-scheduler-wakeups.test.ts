// The scheduler's idle cost over a simulated 24-hour day, against issue 6's budget of 300 wakeups.
import { describe, expect, it } from 'vitest'
import { MINUTE_MS, type WatchdogCadence } from '../../src/core'
import { WEDNESDAY, WHOLE_DAY, at, scheduledDay } from '../support/scheduled-day'

/** Runs from one 04:00 to the next; the user checks in at 09:00 and may complete the ritual. */
function simulate(ritualAt: number | null, cadence?: Partial<WatchdogCadence>) {
  const today = scheduledDay(at('04:00'), { cadence })
  today.scheduler.replan()
  today.clock.advanceTo(at('09:00'))
  today.add({ type: 'check-in', energy: 3, alignment: 4, note: '' })
  today.scheduler.replan()
  if (ritualAt !== null) {
    today.clock.advanceTo(ritualAt)
    today.add({ type: 'ritual-completed' })
    today.scheduler.replan()
  }
  today.clock.advanceTo(at('04:00', WEDNESDAY))
  const within = (from: number, to: number) =>
    today.wakeupsAt.filter((instant) => instant > from && instant <= to)
  /** The distinct gaps, in minutes, between wakeups in (from, to]. */
  const gapsWithin = (from: number, to: number) =>
    new Set(
      within(from, to).map(
        (instant, index, all) => (instant - (all[index - 1] ?? from)) / MINUTE_MS,
      ),
    )
  return { ...today, within, gapsWithin }
}

describe('wakeups over a simulated 24-hour workday (issue 6: at most 300)', () => {
  it('ignoring every prompt: every 5 minutes to 17:15, one a minute to 18:00, every 15 after: 244', () => {
    const { clock, within, gapsWithin, firedAt, rollovers } = simulate(null)
    expect(firedAt()).toEqual(WHOLE_DAY)
    expect(rollovers).toEqual(['04:00'])
    expect(gapsWithin(at('04:00'), at('17:15'))).toEqual(new Set([5]))
    expect(gapsWithin(at('17:15'), at('18:00'))).toEqual(new Set([1]))
    expect(gapsWithin(at('18:00'), at('04:00', WEDNESDAY))).toEqual(new Set([15]))
    expect(within(at('04:00'), at('17:15'))).toHaveLength(159)
    expect(within(at('17:15'), at('18:00'))).toHaveLength(45)
    expect(within(at('18:00'), at('04:00', WEDNESDAY))).toHaveLength(40)
    expect(clock.wakeups).toBe(244)
  })

  it('with the ritual done at 17:36: 222', () => {
    const { clock, firedAt, gapsWithin } = simulate(at('17:36'))
    expect(firedAt()).toEqual(['heads-up@17:15', 'end@17:30'])
    expect(gapsWithin(at('17:15'), at('17:36'))).toEqual(new Set([1]))
    expect(gapsWithin(at('17:45'), at('04:00', WEDNESDAY))).toEqual(new Set([15]))
    expect(clock.wakeups).toBe(159 + 21 + 42)
  })

  it('on a day off the watchdog rests all day: 96', () => {
    const saturday = scheduledDay(at('04:00', '2026-11-28'))
    saturday.scheduler.replan()
    saturday.clock.advanceTo(at('04:00', '2026-11-29'))
    expect(saturday.fired).toEqual([])
    expect(saturday.clock.wakeups).toBe(96)
  })

  it('would break the budget with the 5-minute watchdog kept after the prompts are done', () => {
    const restingEvery5Minutes = { restingMs: 5 * MINUTE_MS }
    expect(simulate(null, restingEvery5Minutes).clock.wakeups).toBe(324)
    expect(simulate(at('17:36'), restingEvery5Minutes).clock.wakeups).toBe(305)
  })
})
