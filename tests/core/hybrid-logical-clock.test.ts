// Hybrid logical clock: a device's saves always move forward, and every device agrees on the newest copy.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareStamps,
  newestStamped,
  nextStamp,
  receiveStamp,
  type HlcStamp,
} from '../../src/core'

const RUNS = { numRuns: 300 }
const MINUTE_MS = 60_000
const T = Date.UTC(2026, 11, 7, 17, 0)

const deviceId = fc.constantFrom('laptop', 'desktop', 'A1', 'a1', 'zz-9')
const wallMs = fc.integer({ min: T - 60 * MINUTE_MS, max: T + 60 * MINUTE_MS })
const stamp = fc.record({ wallMs, counter: fc.nat({ max: 5 }), device: deviceId })
// Few distinct stamps, so equal stamps on different content turn up often.
const crowdedStamp = fc.record({
  wallMs: fc.constantFrom(T, T + 1),
  counter: fc.nat({ max: 1 }),
  device: fc.constantFrom('laptop', 'desktop'),
})
const copy = fc.record({
  stamp: fc.oneof(stamp, crowdedStamp),
  weekly: fc.constantFrom('17:30', '18:00', '16:00'),
})

describe('compareStamps', () => {
  it('orders by wall time, then counter, then device id', () => {
    const at = (wall: number, counter: number, device: string): HlcStamp => ({
      wallMs: wall,
      counter,
      device,
    })
    expect(compareStamps(at(1, 9, 'z'), at(2, 0, 'a'))).toBeLessThan(0)
    expect(compareStamps(at(2, 1, 'a'), at(2, 0, 'z'))).toBeGreaterThan(0)
    expect(compareStamps(at(2, 1, 'B'), at(2, 1, 'a'))).toBeLessThan(0)
    expect(compareStamps(at(2, 1, 'a'), at(2, 1, 'a'))).toBe(0)
  })

  it('is a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(stamp, stamp, stamp, (a, b, c) => {
        expect(Math.sign(compareStamps(a, b)) + Math.sign(compareStamps(b, a))).toBe(0)
        if (compareStamps(a, b) <= 0 && compareStamps(b, c) <= 0) {
          expect(compareStamps(a, c)).toBeLessThanOrEqual(0)
        }
      }),
      RUNS,
    )
  })
})

describe('nextStamp', () => {
  it('starts at the wall clock when nothing was stamped yet', () => {
    expect(nextStamp(null, T, 'laptop')).toEqual({ wallMs: T, counter: 0, device: 'laptop' })
  })

  it('keeps moving forward when the wall clock stands still or goes back', () => {
    const first = nextStamp(null, T, 'laptop')
    const same = nextStamp(first, T, 'laptop')
    const back = nextStamp(same, T - 5 * MINUTE_MS, 'laptop')
    expect(same).toEqual({ wallMs: T, counter: 1, device: 'laptop' })
    expect(back).toEqual({ wallMs: T, counter: 2, device: 'laptop' })
    expect(nextStamp(back, T + 1, 'laptop')).toEqual({
      wallMs: T + 1,
      counter: 0,
      device: 'laptop',
    })
  })

  it('is strictly increasing whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(wallMs, { minLength: 1, maxLength: 40 }), (nows) => {
        let last: HlcStamp | null = null
        for (const now of nows) {
          const next = nextStamp(last, now, 'laptop')
          if (last !== null) expect(compareStamps(next, last)).toBeGreaterThan(0)
          expect(next.wallMs).toBeGreaterThanOrEqual(now)
          last = next
        }
      }),
      RUNS,
    )
  })
})

describe('receiveStamp', () => {
  it('moves past a remote stamp from a clock five minutes ahead', () => {
    const remote = { wallMs: T + 5 * MINUTE_MS, counter: 3, device: 'desktop' }
    const seen = receiveStamp(nextStamp(null, T, 'laptop'), remote, T, 'laptop')
    expect(seen).toEqual({ wallMs: T + 5 * MINUTE_MS, counter: 4, device: 'laptop' })
  })

  it('lets the next local change outrank everything seen, even on a slower clock', () => {
    fc.assert(
      fc.property(
        fc.option(stamp, { nil: null }),
        stamp,
        wallMs,
        wallMs,
        (last, remote, receivedAtMs, savedAtMs) => {
          const seen = receiveStamp(last, remote, receivedAtMs, 'laptop')
          expect(compareStamps(seen, remote)).toBeGreaterThan(0)
          if (last !== null) expect(compareStamps(seen, last)).toBeGreaterThan(0)
          const saved = nextStamp(seen, savedAtMs, 'laptop')
          expect(compareStamps(saved, remote)).toBeGreaterThan(0)
          expect(compareStamps(saved, seen)).toBeGreaterThan(0)
        },
      ),
      RUNS,
    )
  })
})

describe('newestStamped', () => {
  it('has no newest copy among none', () => {
    expect(newestStamped([])).toBeNull()
  })

  it('picks the same copy whatever the order, and duplicates change nothing', () => {
    fc.assert(
      fc.property(
        fc
          .array(copy, { minLength: 1, maxLength: 12 })
          .chain((copies) =>
            fc.tuple(
              fc.constant(copies),
              fc.shuffledSubarray(copies, { minLength: copies.length }),
            ),
          ),
        fc.nat(),
        ([copies, shuffled], pick) => {
          const newest = newestStamped(copies)
          expect(newestStamped(shuffled)).toEqual(newest)
          const again = copies[pick % copies.length]
          expect(newestStamped([...shuffled, structuredClone(again!)])).toEqual(newest)
          expect(newestStamped([newest!])).toEqual(newest)
          for (const other of copies) {
            expect(compareStamps(other.stamp, newest!.stamp)).toBeLessThanOrEqual(0)
          }
        },
      ),
      RUNS,
    )
  })

  it('settles equal stamps by content, so a cloned disk still gives one answer everywhere', () => {
    const stamp = { wallMs: T, counter: 0, device: 'laptop' }
    const a = { stamp, weekly: '17:30' }
    const b = { weekly: '18:00', stamp: { device: 'laptop', counter: 0, wallMs: T } }
    expect(newestStamped([a, b])).toBe(b)
    expect(newestStamped([b, a])).toBe(b)
  })
})

describe('two devices whose clocks are minutes apart', () => {
  /** One device: its clock offset, its last stamp, and its own copy of the shared settings. */
  interface Device {
    id: string
    skewMs: number
    clock: HlcStamp | null
    copy: { stamp: HlcStamp; value: string } | null
  }
  const device = (id: string, skewMs: number): Device => ({ id, skewMs, clock: null, copy: null })
  const save = (d: Device, trueMs: number, value: string) => {
    d.clock = nextStamp(d.clock, trueMs + d.skewMs, d.id)
    d.copy = { stamp: d.clock, value }
  }
  const sync = (to: Device, from: Device, trueMs: number) => {
    if (from.copy) to.clock = receiveStamp(to.clock, from.copy.stamp, trueMs + to.skewMs, to.id)
  }
  const winner = (devices: Device[]) => newestStamped(devices.flatMap((d) => d.copy ?? []))

  it('keeps the later edit made on the slower clock after it saw the other one', () => {
    const desktop = device('desktop', 0)
    const laptop = device('laptop', -5 * MINUTE_MS)
    save(desktop, T, 'end 18:00')
    sync(laptop, desktop, T + 30_000)
    save(laptop, T + MINUTE_MS, 'end 17:00')
    expect(winner([desktop, laptop])?.value).toBe('end 17:00')
    expect(winner([laptop, desktop])?.value).toBe('end 17:00')
  })

  it('converge on one winner when both save at once, whatever the skew', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10 * MINUTE_MS, max: 10 * MINUTE_MS }),
        fc.integer({ min: -10 * MINUTE_MS, max: 10 * MINUTE_MS }),
        fc.array(fc.record({ who: fc.nat({ max: 1 }), sync: fc.boolean() }), { maxLength: 8 }),
        (skewA, skewB, history) => {
          const pair = [device('laptop', skewA), device('desktop', skewB)] as const
          let now = T
          for (const step of history) {
            const [me, other] = step.who === 0 ? pair : [pair[1], pair[0]]
            if (step.sync) sync(me, other, now)
            save(me, now, `${me.id} at ${now}`)
            now += 1000
          }
          save(pair[0], now, 'laptop at once')
          save(pair[1], now, 'desktop at once')
          const onLaptop = winner([pair[0], pair[1]])
          const onDesktop = winner([pair[1], pair[0]])
          expect(onLaptop).toEqual(onDesktop)
          expect(onLaptop?.value).toMatch(/at once$/)
        },
      ),
      RUNS,
    )
  })
})
