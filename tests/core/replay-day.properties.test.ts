// Property tests for replayDay: invariants of the leave rule over random, realistic days.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  MINUTE_MS,
  WEEKDAYS,
  planFor,
  replayDay,
  type DayEvent,
  type DayPlan,
  type DayRecord,
  type Instant,
  type Settings,
} from '../../src/core'

const RUNS = { numRuns: 200 }

/** Ordinary days plus the DST changes of both zones (every weekday is a workday unless `off`). */
const DATES = ['2026-11-24', '2026-07-15', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']
const ZONES = ['Europe/Berlin', 'America/New_York']
const HOURS = [
  { start: '09:00', end: '17:30' },
  { start: '07:00', end: '15:00' },
  { start: '10:00', end: '23:30' },
  { start: '18:00', end: '02:00' },
  'off',
] as const

const COMMON_KINDS = [
  ...['lock', 'lock', 'idle', 'idle', 'suspend', 'shutdown', 'quit'],
  ...['unlock', 'unlock', 'input', 'input', 'resume', 'active'],
  ...['heartbeat', 'heartbeat', 'heartbeat', 'check-in', 'app-started', 'snoozed', 'prompt-shown'],
  ...['ritual-started', 'ritual-answer', 'reminders-paused'],
]
const RARE_KINDS = ['ritual-completed', 'leaving-now', 'staying-late', 'leave-corrected', 'day-off']

const rawEvent = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constantFrom(...COMMON_KINDS), weight: 20 },
    { arbitrary: fc.constantFrom(...RARE_KINDS), weight: 1 },
  ),
  nearEnd: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 25 * 60 }),
  ms: fc.constantFrom(0, 0, 0, 1, 30_000, 59_999),
  extra: fc.nat({ max: 10_000 }),
  shuffleKey: fc.nat(),
})
type RawEvent = typeof rawEvent extends fc.Arbitrary<infer T> ? T : never

const rawDay = fc.record({
  date: fc.constantFrom(...DATES),
  zone: fc.constantFrom(...ZONES),
  hours: fc.constantFrom(...HOURS),
  graceMinutes: fc.integer({ min: 0, max: 30 }),
  headsUpMinutes: fc.integer({ min: 0, max: 60 }),
  departureMinimumMinutes: fc.integer({ min: 1, max: 120 }),
  events: fc.array(rawEvent, { minLength: 1, maxLength: 30 }),
  nowMinutes: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: 25 * 60 }), weight: 1 },
  ),
})
type RawDay = typeof rawDay extends fc.Arbitrary<infer T> ? T : never

interface Day {
  plan: DayPlan
  settings: Settings
  events: DayEvent[]
  shuffled: DayEvent[]
  now: Instant | undefined
}

/** An instant inside the window: minutes from its start, or from three hours before the end. */
function placed(raw: RawEvent, plan: DayPlan): Instant {
  const length = plan.windowEnd - plan.windowStart
  const anchor =
    raw.nearEnd && plan.endAt !== null ? plan.endAt - 180 * MINUTE_MS : plan.windowStart
  const offset = (anchor - plan.windowStart + raw.minutes * MINUTE_MS + raw.ms) % length
  return plan.windowStart + offset
}

function toEvent(raw: RawEvent, index: number, plan: DayPlan): DayEvent {
  const base = { id: `e${String(index).padStart(2, '0')}`, at: placed(raw, plan) }
  const endAt = plan.endAt ?? base.at
  const inWindow =
    plan.windowStart + ((raw.extra * MINUTE_MS) % (plan.windowEnd - plan.windowStart))
  switch (raw.kind) {
    case 'lock':
    case 'idle':
    case 'suspend':
    case 'shutdown':
    case 'quit':
      return { ...base, type: 'away', reason: raw.kind }
    case 'unlock':
    case 'input':
    case 'resume':
    case 'active':
      return { ...base, type: 'back', reason: raw.kind }
    case 'check-in':
      return { ...base, type: 'check-in', energy: 3, alignment: 2, note: '' }
    case 'snoozed':
      return { ...base, type: 'snoozed', minutes: 10 }
    case 'prompt-shown':
      return { ...base, type: 'prompt-shown', prompt: 'end', forEndAt: endAt, delivered: true }
    case 'ritual-answer':
      return { ...base, type: 'ritual-answer', stepId: 'review', answer: String(raw.extra) }
    case 'staying-late': {
      const untilAt = endAt + ((raw.extra % 10) - 2) * 30 * MINUTE_MS
      return { ...base, type: 'staying-late', untilAt, reason: 'meeting', note: '' }
    }
    case 'leave-corrected':
      return { ...base, type: 'leave-corrected', leftAt: inWindow }
    case 'heartbeat':
    case 'app-started':
    case 'ritual-started':
    case 'ritual-completed':
    case 'leaving-now':
    case 'day-off':
    case 'reminders-paused':
      return { ...base, type: raw.kind }
  }
  throw new Error(`Unknown kind: ${raw.kind}`)
}

function buildDay(raw: RawDay): Day {
  const plan = (hours: (typeof HOURS)[number]) =>
    hours === 'off' ? { workday: false, end: '17:30' } : { workday: true, ...hours }
  const weekly = Object.fromEntries(WEEKDAYS.map((day) => [day, plan(raw.hours)]))
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    weekly: weekly as Settings['weekly'],
    graceMinutes: raw.graceMinutes,
    headsUpMinutes: raw.headsUpMinutes,
    departureMinimumMinutes: raw.departureMinimumMinutes,
  }
  const dayPlan = planFor(settings, raw.date, raw.zone)
  const events = raw.events.map((event, index) => toEvent(event, index, dayPlan))
  const order = raw.events.map((event, index) => ({ key: event.shuffleKey, event: events[index] }))
  const shuffled = order.sort((a, b) => a.key - b.key).flatMap(({ event }) => event ?? [])
  const now =
    raw.nowMinutes === undefined ? undefined : dayPlan.windowStart + raw.nowMinutes * MINUTE_MS
  return { plan: dayPlan, settings, events, shuffled, now }
}

const replay = (day: Day, events = day.events): DayRecord =>
  replayDay(day.plan, events, day.settings, day.now)

const days = rawDay.map(buildDay)

describe('replayDay properties', () => {
  it('puts every leave time not set by a correction inside the day window', () => {
    fc.assert(
      fc.property(days, (day) => {
        fc.pre(!day.events.some((event) => event.type === 'leave-corrected'))
        const { leftAt } = replay(day)
        if (leftAt !== null) {
          expect(leftAt).toBeGreaterThanOrEqual(day.plan.windowStart)
          expect(leftAt).toBeLessThan(day.plan.windowEnd)
        }
      }),
      RUNS,
    )
  })

  it('is on time exactly when the whole minutes late are within grace', () => {
    fc.assert(
      fc.property(days, (day) => {
        const record = replay(day)
        if (record.verdict === 'settled') {
          expect(record.onTime).toBe((record.minutesLate ?? -1) <= day.settings.graceMinutes)
        }
      }),
      RUNS,
    )
  })

  it('gives the same record whatever order the events arrive in', () => {
    fc.assert(
      fc.property(days, (day) => {
        expect(replay(day, day.shuffled)).toEqual(replay(day))
      }),
      RUNS,
    )
  })

  it('never counts negative minutes', () => {
    fc.assert(
      fc.property(days, (day) => {
        const record = replay(day)
        expect(record.afterHoursMinutes).toBeGreaterThanOrEqual(0)
        expect(record.plannedOvertimeMinutes).toBeGreaterThanOrEqual(0)
        if (record.minutesLate !== null) expect(record.minutesLate).toBeGreaterThanOrEqual(0)
      }),
      RUNS,
    )
  })

  it('is settled exactly when it has a leave time', () => {
    fc.assert(
      fc.property(days, (day) => {
        const record = replay(day)
        expect(record.verdict === 'settled').toBe(record.leftAt !== null)
      }),
      RUNS,
    )
  })
})
