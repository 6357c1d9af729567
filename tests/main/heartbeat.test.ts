// The heartbeat keeps no timer: called on each watchdog tick, it beats at most every 5 minutes and only while the verdict is open.
import { describe, expect, it } from 'vitest'
import { instantAt } from '../../src/core'
import { createHeartbeat } from '../../src/main/heartbeat'
import { FakeClock } from '../support/fake-clock'

const at = (time: string, date = '2026-11-24'): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, 'Europe/Berlin')
}

/** A heartbeat whose verdict the test opens and closes, and a way to tick it like the watchdog does. */
function heartbeat(startAt: number) {
  const clock = new FakeClock(startAt)
  const verdict = { open: true }
  const beats: number[] = []
  const beater = createHeartbeat({
    clock,
    isOpen: () => verdict.open,
    beat: (beatAt) => void beats.push(beatAt),
  })
  /** Calls `maybeBeat` every `everyMinutes` on the minute grid until `endAt`, as watchdog ticks would. */
  const tickUntil = (endAt: number, everyMinutes = 1) => {
    const stepMs = everyMinutes * 60_000
    for (
      let tick = (Math.floor(clock.now() / stepMs) + 1) * stepMs;
      tick <= endAt;
      tick += stepMs
    ) {
      clock.advanceTo(tick)
      beater.maybeBeat()
    }
  }
  return { clock, verdict, beats, beater, tickUntil }
}

describe('heartbeat', () => {
  it('beats when first asked, then on the ticks a full 5 minutes on, never closer', () => {
    const { beats, beater, tickUntil } = heartbeat(at('08:57') + 13_000)
    beater.maybeBeat()
    tickUntil(at('09:20'))
    expect(beats).toEqual([
      at('08:57') + 13_000,
      at('09:03'),
      at('09:08'),
      at('09:13'),
      at('09:18'),
    ])
  })

  it('lands on the 5-minute grid when ticked on it', () => {
    const { beats, beater, tickUntil } = heartbeat(at('08:57') + 13_000)
    beater.maybeBeat()
    tickUntil(at('09:20'), 5)
    expect(beats).toEqual([
      at('08:57') + 13_000,
      at('09:05'),
      at('09:10'),
      at('09:15'),
      at('09:20'),
    ])
  })

  it('keeps no timer of its own', () => {
    const { clock, beater } = heartbeat(at('09:00'))
    beater.maybeBeat()
    expect(clock.pendingCount).toBe(0)
    clock.advanceTo(at('12:00'))
    expect(clock.wakeups).toBe(0)
  })

  it('does not beat again on a change within the interval', () => {
    const { clock, beats, beater } = heartbeat(at('09:00'))
    beater.maybeBeat()
    clock.advanceTo(at('09:03'))
    beater.maybeBeat()
    clock.advanceTo(at('09:05'))
    beater.maybeBeat()
    expect(beats).toEqual([at('09:00'), at('09:05')])
  })

  it('is silent while the verdict is closed, and beats at once when it opens again', () => {
    const { clock, verdict, beats, beater, tickUntil } = heartbeat(at('09:00'))
    beater.maybeBeat()
    tickUntil(at('17:35'), 5)
    verdict.open = false
    tickUntil(at('23:00'), 5)
    expect(beats.at(-1)).toBe(at('17:35'))
    clock.advanceTo(at('23:59'))
    verdict.open = true
    beater.maybeBeat()
    expect(beats.at(-1)).toBe(at('23:59'))
  })

  it('never beats while the verdict was never open', () => {
    const { verdict, beats, beater, tickUntil } = heartbeat(at('09:00'))
    verdict.open = false
    beater.maybeBeat()
    tickUntil(at('10:00'))
    expect(beats).toEqual([])
  })

  it('beats once after a sleep, not once per missed interval', () => {
    const { clock, beats, beater, tickUntil } = heartbeat(at('12:00'))
    beater.maybeBeat()
    clock.jumpTo(at('13:02'))
    beater.maybeBeat()
    tickUntil(at('13:15'), 5)
    expect(beats).toEqual([at('12:00'), at('13:02'), at('13:10'), at('13:15')])
  })

  it('beats straight away after the clock is set back, rather than falling silent', () => {
    const { clock, beats, beater } = heartbeat(at('12:00'))
    beater.maybeBeat()
    clock.jumpTo(at('10:00'))
    beater.maybeBeat()
    expect(beats).toEqual([at('12:00'), at('10:00')])
  })
})
