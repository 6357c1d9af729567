// Presence merged across devices: one device reads as before, and every device reads the same day.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MINUTE_MS,
  inTimeOrder,
  replayDay,
  type DayEvent,
  type DayRecord,
  type DeviceId,
} from '../../src/core'
import { mergedPresence } from '../../src/core/merged-presence'
import { presenceTimeline } from '../../src/core/presence'
import { PLAN, SETTINGS, at, dayAsSeenBy, rolesOf } from '../support/device-day'

const RUNS = { numRuns: 300 }
const KINDS = [
  ...['lock', 'suspend', 'shutdown', 'quit', 'idle', 'idle'],
  ...['unlock', 'resume', 'active', 'input', 'input'],
  ...['heartbeat', 'app-started', 'check-in', 'ritual-completed', 'leaving-now'],
] as const

/** Events on the laptop, the desktop and a tablet, stamped as the laptop stores them (its own bare). */
const day = fc.array(
  fc.record({
    device: fc.constantFrom('laptop', 'laptop', 'desktop', 'tablet'),
    // Mostly around the end (15:00–23:00), so departures and evenings are common.
    minutes: fc.oneof(
      fc.integer({ min: 15 * 60, max: 23 * 60 }),
      fc.integer({ min: 4 * 60, max: 27 * 60 }),
    ),
    kind: fc.constantFrom(...KINDS),
    rare: fc.nat({ max: 9 }),
  }),
  { maxLength: 30 },
)
type RawDay = typeof day extends fc.Arbitrary<infer T> ? T : never

/** The raw day as `self` stores it; declarations only one time in ten, so most days are observed. */
function asSeenBy(self: DeviceId, raw: RawDay): DayEvent[] {
  return raw.flatMap(({ device, minutes, kind, rare }, index): DayEvent[] => {
    const base = {
      id: `${device}-${index}`,
      at: PLAN.windowStart + (minutes - 4 * 60) * MINUTE_MS,
      ...(device === self ? {} : { device }),
    }
    if (['lock', 'suspend', 'shutdown', 'quit', 'idle'].includes(kind))
      return [{ ...base, type: 'away', reason: kind as 'lock' }]
    if (['unlock', 'resume', 'active', 'input'].includes(kind))
      return [{ ...base, type: 'back', reason: kind as 'unlock' }]
    if (kind === 'check-in')
      return [{ ...base, type: 'check-in', energy: 3, alignment: 3, note: '' }]
    if (kind === 'ritual-completed' || kind === 'leaving-now')
      return rare === 0 ? [{ ...base, type: kind }] : []
    return [{ ...base, type: kind as 'heartbeat' }]
  })
}

const withoutDevices = ({ leftDevice: _left, afterHoursByDevice: _byDevice, ...rest }: DayRecord) =>
  rest

describe('merged presence', () => {
  it('with one work device is that device’s own timeline, absence for absence', () => {
    fc.assert(
      fc.property(day, (raw) => {
        const events = inTimeOrder(asSeenBy('laptop', raw).filter((e) => e.device !== 'desktop'))
        const merged = mergedPresence(events, rolesOf('laptop', ['tablet'])).timeline
        const own = presenceTimeline(events.filter((event) => event.device === undefined))
        expect({
          ...merged,
          absences: merged.absences.map(({ device: _device, ...absence }) => absence),
        }).toEqual(own)
      }),
      RUNS,
    )
  })

  it('reads the same day on every device, each storing its own events bare', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (raw, tabletPersonal) => {
        const personal = tabletPersonal ? ['tablet'] : []
        const record = (self: DeviceId) =>
          replayDay(PLAN, asSeenBy(self, raw), SETTINGS, undefined, rolesOf(self, personal))
        expect(record('desktop')).toEqual(record('laptop'))
        expect(record('tablet')).toEqual(record('laptop'))
      }),
      RUNS,
    )
  })

  it('one device under any name replays as the single machine always did', () => {
    fc.assert(
      fc.property(day, (raw) => {
        const events = asSeenBy('laptop', raw).filter((event) => event.device === undefined)
        const named = replayDay(PLAN, events, SETTINGS, undefined, rolesOf('laptop'))
        expect(withoutDevices(named)).toEqual(withoutDevices(replayDay(PLAN, events, SETTINGS)))
      }),
      RUNS,
    )
  })

  it('a personal device’s comings and goings change nothing', () => {
    fc.assert(
      fc.property(day, (raw) => {
        const events = asSeenBy('laptop', raw)
        const presenceOnly = (event: DayEvent) =>
          event.device !== 'tablet' ||
          ['away', 'back', 'heartbeat', 'app-started'].includes(event.type)
        const roles = rolesOf('laptop', ['tablet'])
        const withTablet = replayDay(PLAN, events.filter(presenceOnly), SETTINGS, undefined, roles)
        const without = events.filter((event) => event.device !== 'tablet')
        expect(withTablet).toEqual(replayDay(PLAN, without, SETTINGS, undefined, roles))
      }),
      RUNS,
    )
  })
})

describe('a device before its first sign of the day', () => {
  it('a desktop locked since yesterday, with only a heartbeat today, keeps no one present', () => {
    const story = [
      '03:59 laptop heartbeat',
      '09:00 laptop resume',
      '10:00 desktop heartbeat',
      '17:40 laptop lock',
    ]
    expect(
      replayDay(PLAN, dayAsSeenBy('laptop', story), SETTINGS, undefined, rolesOf('laptop')),
    ).toMatchObject({
      leftAt: at('17:40'),
      leftSource: 'lock',
      leftDevice: 'laptop',
    })
  })
})
