// The grow-only set of events: however copies of each device's events arrive, the union and the day are the same.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MINUTE_MS, replayDay, unionEvents, type DayEvent } from '../../src/core'
import { PLAN, SETTINGS, rolesOf } from '../support/device-day'

const RUNS = { numRuns: 300 }
const DEVICES = [undefined, 'laptop', 'desktop', 'tablet'] as const

/** Copies of events across devices: ids from a small pool, so one id often comes in differing copies. */
const event: fc.Arbitrary<DayEvent> = fc
  .record({
    id: fc.nat({ max: 15 }).map((n) => `e${n}`),
    minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    device: fc.constantFrom(...DEVICES),
    kind: fc.constantFrom(
      ...['lock', 'suspend', 'idle', 'unlock', 'resume', 'input', 'check-in', 'heartbeat'],
      ...['ritual-completed', 'leaving-now', 'prompt-shown'],
    ),
    note: fc.constantFrom('', 'a', 'hand-edited'),
  })
  .map(({ id, minutes, device, kind, note }): DayEvent => {
    const base = { id, at: PLAN.windowStart + minutes * MINUTE_MS, ...(device && { device }) }
    if (kind === 'lock' || kind === 'suspend' || kind === 'idle')
      return { ...base, type: 'away', reason: kind }
    if (kind === 'unlock' || kind === 'resume' || kind === 'input')
      return { ...base, type: 'back', reason: kind }
    if (kind === 'check-in') return { ...base, type: 'check-in', energy: 3, alignment: 4, note }
    if (kind === 'prompt-shown') {
      const forEndAt = PLAN.endAt ?? 0
      return { ...base, type: 'prompt-shown', prompt: 'end', forEndAt, delivered: true }
    }
    if (kind === 'ritual-completed' || kind === 'leaving-now' || kind === 'heartbeat')
      return { ...base, type: kind }
    throw new Error(kind)
  })
const eventSet = fc.array(event, { maxLength: 25 })

/** Events split over up to four arrivals, each shuffled, copies allowed in several. */
const arrivals = (events: DayEvent[]) =>
  fc
    .array(fc.record({ to: fc.nat({ max: 3 }), also: fc.nat({ max: 5 }), key: fc.nat() }), {
      minLength: events.length,
      maxLength: events.length,
    })
    .map((routes) => {
      const sets: { event: DayEvent; key: number }[][] = [[], [], [], []]
      routes.forEach(({ to, also, key }, index) => {
        const copy = { event: events[index] as DayEvent, key }
        sets[to]?.push(copy)
        if (also < 4 && also !== to) sets[also]?.push({ ...copy, key: key + 1 })
      })
      return sets.map((set) => set.sort((a, b) => a.key - b.key).map((entry) => entry.event))
    })

describe('the union of event sets', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(eventSet, eventSet, (a, b) => {
        expect(unionEvents(a, b)).toEqual(unionEvents(b, a))
      }),
      RUNS,
    )
  })

  it('is associative', () => {
    fc.assert(
      fc.property(eventSet, eventSet, eventSet, (a, b, c) => {
        expect(unionEvents(unionEvents(a, b), c)).toEqual(unionEvents(a, unionEvents(b, c)))
      }),
      RUNS,
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(eventSet, eventSet, (a, b) => {
        const once = unionEvents(a, b)
        expect(unionEvents(once, once)).toEqual(once)
        expect(unionEvents(once, a)).toEqual(once)
      }),
      RUNS,
    )
  })

  it('only grows: every id of every set is in it, once', () => {
    fc.assert(
      fc.property(eventSet, eventSet, (a, b) => {
        const ids = unionEvents(a, b).map((kept) => kept.id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(new Set(ids)).toEqual(new Set([...a, ...b].map((each) => each.id)))
      }),
      RUNS,
    )
  })

  it('keeps the copy that names its device over one that does not, whichever came first', () => {
    const bare: DayEvent = { id: 'x', at: PLAN.windowStart, type: 'heartbeat' }
    const named: DayEvent = { ...bare, device: 'desktop' }
    expect(unionEvents([bare], [named])).toEqual([named])
    expect(unionEvents([named], [bare])).toEqual([named])
  })
})

describe('the day replayed from the union', () => {
  it('is the same whatever order and grouping the events arrived in', () => {
    const day = eventSet.chain((events) =>
      fc.tuple(fc.constant(events), arrivals(events), arrivals(events)),
    )
    fc.assert(
      fc.property(day, fc.constantFrom('laptop', 'desktop'), ([events, first, second], self) => {
        const roles = rolesOf(self, ['tablet'])
        const one = replayDay(PLAN, unionEvents(...first), SETTINGS, undefined, roles)
        const other = replayDay(PLAN, unionEvents(...second.reverse()), SETTINGS, undefined, roles)
        expect(one).toEqual(other)
        expect(one).toEqual(replayDay(PLAN, unionEvents(events), SETTINGS, undefined, roles))
      }),
      RUNS,
    )
  })
})
