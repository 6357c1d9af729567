// Scenario tables for replayDay's leave rule (DESIGN.md "When did the user leave?"): one day per row.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  addDays,
  instantAt,
  planFor,
  replayDay,
  weekdayOf,
  type DayEvent,
  type DayRecord,
  type Instant,
  type Settings,
} from '../../src/core'

type TimeKey = 'endAt' | 'plannedEndAt' | 'extendedEndAt'

/** Record fields to match, times as `HH:MM`; `left` and `detected` read `'HH:MM source'`. */
type Expected = Partial<Omit<DayRecord, TimeKey | 'detected'>> &
  Partial<Record<TimeKey, string | null>> & { left?: string; detected?: string | null }

interface Scenario {
  story: string
  events: string[]
  expected: Expected
  now?: string
  zone?: string
  hours?: { start: string; end: string }
}

const DATE = '2026-11-24'

/** `[+1d ]HH:MM[:SS[.mmm]]` on DATE; a time before the 04:00 rollover is the next calendar morning. */
function at(time: string, zone: string): Instant {
  const match = /^(\+1d )?(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{3}))?)?$/.exec(time)
  if (!match) throw new Error(`Bad time: ${time}`)
  const minutes = Number(match[2]) * 60 + Number(match[3])
  const nextDay = match[1] !== undefined || minutes < DEFAULT_SETTINGS.rolloverHour * 60
  const date = nextDay ? addDays(DATE, 1) : DATE
  return instantAt(date, minutes, zone) + Number(match[4] ?? 0) * 1000 + Number(match[5] ?? 0)
}

const AWAY = ['lock', 'suspend', 'shutdown', 'idle', 'quit'] as const
const BACK = ['unlock', 'resume', 'active', 'input'] as const
const PLAIN = ['ritual-started', 'leaving-now', 'heartbeat', 'app-started', 'day-off'] as const
const isIn = <T extends string>(list: readonly T[], word: string): word is T =>
  (list as readonly string[]).includes(word)

/** One event from `'<time> <kind> [<time>]'`, e.g. `'17:43 lock'` or `'17:10 staying-late 19:00'`. */
function event(spec: string, zone: string, index: number): DayEvent {
  const [, time = '', kind = '', arg = ''] = /^((?:\+1d )?\S+) (\S+) ?(.*)$/.exec(spec) ?? []
  const base = { id: `e${String(index).padStart(2, '0')}`, at: at(time, zone) }
  if (kind === 'ritual') return { ...base, type: 'ritual-completed' }
  if (isIn(AWAY, kind)) return { ...base, type: 'away', reason: kind }
  if (isIn(BACK, kind)) return { ...base, type: 'back', reason: kind }
  if (isIn(PLAIN, kind)) return { ...base, type: kind }
  if (kind === 'check-in') return { ...base, type: 'check-in', energy: 3, alignment: 4, note: '' }
  if (kind === 'corrected') return { ...base, type: 'leave-corrected', leftAt: at(arg, zone) }
  if (kind === 'staying-late') {
    return { ...base, type: 'staying-late', untilAt: at(arg, zone), reason: 'deadline', note: '' }
  }
  throw new Error(`Unknown event: ${spec}`)
}

function leave(text: string, zone: string) {
  const [time = '', leftSource] = text.split(' ')
  return { leftAt: at(time, zone), leftSource }
}

function resolve({ left, detected, ...rest }: Expected, zone: string): Record<string, unknown> {
  const resolved: Record<string, unknown> = { ...rest }
  for (const key of ['endAt', 'plannedEndAt', 'extendedEndAt'] as const) {
    const value = rest[key]
    if (typeof value === 'string') resolved[key] = at(value, zone)
  }
  if (left !== undefined) Object.assign(resolved, { verdict: 'settled', ...leave(left, zone) })
  if (detected !== undefined) resolved.detected = detected && leave(detected, zone)
  return resolved
}

function check(scenario: Scenario): void {
  const zone = scenario.zone ?? 'Europe/Berlin'
  const weekly = { ...DEFAULT_SETTINGS.weekly }
  if (scenario.hours) weekly[weekdayOf(DATE)] = { workday: true, ...scenario.hours }
  const settings: Settings = { ...DEFAULT_SETTINGS, weekly }
  const events = scenario.events.map((spec, index) => event(spec, zone, index))
  const now = scenario.now === undefined ? undefined : at(scenario.now, zone)
  const record = replayDay(planFor(settings, DATE, zone), events, settings, now)
  expect(record).toMatchObject(resolve(scenario.expected, zone))
}

// DATE is a Tuesday, 09:00–17:30: wind-down 17:15, grace 10 min, departure minimum 30 min.
const scenarios: Scenario[] = [
  // Rule 1: a declaration wins.
  {
    story: 'ritual at 17:41 then lock at 17:43 → left 17:41 via ritual, 11 min late',
    events: ['09:02 check-in', '17:41 ritual', '17:43 lock'],
    expected: { left: '17:41 ritual', onTime: false, minutesLate: 11, needsConfirmation: false },
  },
  {
    story: '"leaving now" at 17:33, shutdown at 17:34 → left 17:33, declared (manual)',
    events: ['09:00 check-in', '17:33 leaving-now', '17:34 shutdown'],
    expected: { left: '17:33 manual', confidence: 'declared', onTime: true, minutesLate: 3 },
  },
  {
    story: 'lock at 17:52, corrected next morning to 17:20 → left 17:20; detected keeps the lock',
    events: ['09:00 check-in', '17:52 lock', '+1d 09:05 corrected 17:20'],
    expected: { left: '17:20 manual', detected: '17:52 lock' },
  },
  {
    story: 'ritual at 17:41, corrected to 17:30 → the correction wins over the ritual',
    events: ['17:41 ritual', '17:43 lock', '+1d 08:50 corrected 17:30'],
    expected: { left: '17:30 manual', confidence: 'declared', onTime: true, minutesLate: 0 },
  },
  // Rule 2: observed departures, short absences, idle and firmer signals.
  {
    story: 'lock at 17:35 without a ritual → left 17:35 via lock, observed, on time',
    events: ['09:00 check-in', '17:35 lock'],
    expected: { left: '17:35 lock', confidence: 'observed', onTime: true, needsConfirmation: true },
  },
  {
    story: 'coffee break 17:20–17:35 around the end, lock at 18:05 → the break is no departure',
    events: ['09:00 check-in', '17:20 lock', '17:35 unlock', '18:05 lock'],
    expected: { left: '18:05 lock', onTime: false, minutesLate: 35 },
  },
  {
    story: 'a 30-min break 17:20–17:50 is a departure → left 17:20, back for 30 min after hours',
    events: ['09:00 check-in', '17:20 lock', '17:50 unlock', '18:20 lock'],
    expected: { left: '17:20 lock', onTime: true, afterHoursMinutes: 30 },
  },
  {
    story: 'idle began 17:38, reported after later heartbeats → left 17:38 via idle, on time',
    events: ['09:00 check-in', '17:45 heartbeat', '17:38 idle', '17:50 heartbeat'],
    expected: { left: '17:38 idle', onTime: true, minutesLate: 8 },
  },
  {
    story: 'idle 17:20–17:30 at the desk is no departure; lock at 18:10 → left 18:10',
    events: ['09:00 check-in', '17:20 idle', '17:30 input', '18:10 lock'],
    expected: { left: '18:10 lock', minutesLate: 40 },
  },
  {
    story: 'idle from 17:20, input at 18:00, lock at 18:20 → left 17:20 via idle, 20 after hours',
    events: ['09:00 check-in', '17:20 idle', '18:00 input', '18:20 lock'],
    expected: { left: '17:20 idle', onTime: true, afterHoursMinutes: 20 },
  },
  {
    story: 'idle at 17:50 inside a lock from 17:35 changes nothing → left 17:35 via lock',
    events: ['09:00 check-in', '17:35 lock', '17:50 idle'],
    expected: { left: '17:35 lock', minutesLate: 5 },
  },
  {
    story: 'input at 17:25 cannot end a lock from 17:20; unlock 17:55 → left 17:20 via lock',
    events: ['09:00 check-in', '17:20 lock', '17:25 input', '17:55 unlock', '18:30 lock'],
    expected: { left: '17:20 lock', onTime: true, afterHoursMinutes: 35 },
  },
  {
    story: 'left early: lock at 16:00, never back → left 16:00 via lock, on time',
    events: ['09:00 check-in', '16:00 lock'],
    expected: { left: '16:00 lock', onTime: true, minutesLate: 0 },
  },
  {
    story: 'suspend at 17:25, resumed the next morning → left 17:25 via suspend',
    events: ['09:00 check-in', '17:25 suspend', '+1d 08:30 resume'],
    expected: { left: '17:25 suspend', onTime: true, afterHoursMinutes: 0 },
  },
  {
    story: 'New York: app quit at noon and restarted tomorrow → left 12:00 via quit',
    zone: 'America/New_York',
    events: ['08:55 app-started', '09:00 check-in', '12:00 quit'],
    expected: { left: '12:00 quit', confidence: 'observed', onTime: true },
  },
  // Evenings, planned extensions and a night shift.
  {
    story: 'lock at 17:35, back 21:00–21:45 → left 17:35, 45 after-hours minutes',
    events: ['09:00 check-in', '17:35 lock', '21:00 unlock', '21:45 lock'],
    expected: { left: '17:35 lock', onTime: true, afterHoursMinutes: 45 },
  },
  {
    story: 'ritual at 17:25 but kept working until lock at 18:25 → 60 after-hours minutes',
    events: ['09:00 check-in', '17:25 ritual', '18:25 lock'],
    expected: { left: '17:25 ritual', onTime: true, afterHoursMinutes: 60 },
  },
  {
    story: 'staying late until 19:00, lock at 18:55 → on time against 19:00, 85 min overtime',
    events: ['09:00 check-in', '17:10 staying-late 19:00', '18:55 lock'],
    expected: {
      left: '18:55 lock',
      plannedEndAt: '17:30',
      extendedEndAt: '19:00',
      minutesLate: 0,
      plannedOvertimeMinutes: 85,
    },
  },
  {
    story: 'staying late until 19:00: a dinner break 17:35–18:15 is no departure; lock 19:05',
    events: ['17:10 staying-late 19:00', '17:35 lock', '18:15 unlock', '19:05 lock'],
    expected: { left: '19:05 lock', onTime: true, minutesLate: 5, plannedOvertimeMinutes: 90 },
  },
  {
    story: 'night shift 18:00–02:00: ritual at 01:58 → left 01:58 via ritual, on time',
    hours: { start: '18:00', end: '02:00' },
    events: ['18:05 check-in', '22:00 lock', '22:40 unlock', '01:58 ritual'],
    expected: { left: '01:58 ritual', endAt: '02:00', onTime: true, minutesLate: 0 },
  },
  // Rule 3, days without a verdict, and days still open.
  {
    story: 'heartbeats until 17:05, then silence (crash) → inferred at 17:05',
    events: ['09:00 check-in', '16:55 heartbeat', '17:00 heartbeat', '17:05 heartbeat'],
    expected: { left: '17:05 inferred', confidence: 'inferred', onTime: true, minutesLate: 0 },
  },
  {
    story: 'day off declared → no verdict, even with a late lock',
    events: ['08:30 day-off', '10:00 check-in', '17:55 lock'],
    expected: { verdict: 'none', workday: false, dayOffDeclared: true, leftAt: null },
  },
  {
    story: 'no events → no verdict',
    events: [],
    expected: { verdict: 'none', workday: true, leftAt: null, onTime: null },
  },
  {
    story: 'checked in at 09:00, judged at 16:00 → open',
    now: '16:00',
    events: ['09:00 check-in'],
    expected: { verdict: 'open', leftAt: null, onTime: null },
  },
  {
    story: 'lunch lock at 12:30, judged at 13:30 → open: no departure before the wind-down',
    now: '13:30',
    events: ['09:00 check-in', '12:30 lock'],
    expected: { verdict: 'open', leftAt: null },
  },
  {
    story: 'lock at 17:35, judged at 17:50 → open: away only 15 min',
    now: '17:50',
    events: ['09:00 check-in', '17:35 lock'],
    expected: { verdict: 'open', leftAt: null },
  },
  {
    story: 'left early at 16:00, back 22:00–22:30 → left 16:00, 30 after-hours minutes, not late',
    events: ['09:00 check-in', '16:00 lock', '22:00 unlock', '22:30 lock'],
    expected: { left: '16:00 lock', onTime: true, afterHoursMinutes: 30 },
  },
  {
    story:
      'away 16:00–17:50, then worked until 18:30 → the return within 30 min of the end keeps the day',
    events: ['09:00 check-in', '16:00 lock', '17:50 unlock', '18:30 lock'],
    expected: { left: '18:30 lock', onTime: false, minutesLate: 60 },
  },
  // Boundaries of grace and rounding.
  {
    story: 'lock at exactly 17:40:00.000 (end + grace) → on time, 10 min late',
    events: ['09:00 check-in', '17:40:00.000 lock'],
    expected: { left: '17:40 lock', onTime: true, minutesLate: 10 },
  },
  {
    story: 'lock at 17:40:00.001 → not on time, 11 min late (rounded up)',
    events: ['09:00 check-in', '17:40:00.001 lock'],
    expected: { onTime: false, minutesLate: 11 },
  },
  {
    story: 'ritual at 17:30:01 → on time, 1 min late (rounded up)',
    events: ['17:30:01 ritual'],
    expected: { onTime: true, minutesLate: 1 },
  },
]

describe('replayDay: when did the user leave?', () => {
  it.each(scenarios)('$story', check)
})
