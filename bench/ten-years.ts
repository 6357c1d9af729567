/** Ten years of realistic, seeded history: workdays of 10–20 events, days off, weekends mostly empty. */
import {
  addDays,
  DEFAULT_SETTINGS,
  instantAt,
  MINUTE_MS,
  planFor,
  weekdayOf,
  type DayEvent,
  type LocalDate,
} from '../src/core'
import type { DayEvents } from '../src/main/electron-store-day-events'

/** The zone the history is lived in. */
export const HISTORY_ZONE = 'Europe/Berlin'
/** The last day of the history, and "today" for every storage and core figure. */
export const HISTORY_TODAY: LocalDate = '2026-11-24'

/** A day event without its id and instant. */
export type EventBody = DayEvent extends infer E
  ? E extends DayEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never

/** A small seeded generator (mulberry32), so every run measures the same history. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}

const WORDS = (
  'review release notes planning call design doc customer bug triage pairing deploy ' +
  'roadmap budget hiring interview retro draft email inbox refactor tests docs report'
).split(' ')

/** One workday's story, in time order: arrival, check-ins, prompts, the ritual or not, leaving. */
function workdayEvents(date: LocalDate, random: () => number): [number, EventBody][] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const text = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ')
  const scale = () => (1 + Math.floor(random() * 5)) as 1 | 2 | 3 | 4 | 5
  const endMinute = 17 * 60 + 30
  const endAt = instantAt(date, endMinute, HISTORY_ZONE)
  const arrive = 8 * 60 + 30 + Math.floor(random() * 60)
  const story: [number, EventBody][] = [
    [arrive, random() < 0.5 ? { type: 'app-started' } : { type: 'back', reason: 'unlock' }],
  ]
  const checkIns = 1 + Math.floor(random() * 3)
  for (let index = 0; index < checkIns; index++) {
    const note = random() < 0.5 ? '' : text(3 + Math.floor(random() * 10))
    story.push([
      arrive + 15 + index * 150,
      { type: 'check-in', energy: scale(), alignment: scale(), note },
    ])
  }
  story.push([
    endMinute - 15,
    { type: 'prompt-shown', prompt: 'heads-up', forEndAt: endAt, delivered: true },
  ])
  story.push([endMinute, { type: 'prompt-shown', prompt: 'end', forEndAt: endAt, delivered: true }])
  let leaveMinute = endMinute + Math.floor(random() * 25)
  if (random() < 0.3) {
    story.push([endMinute + 2, { type: 'snoozed', minutes: 10 }])
    story.push([
      endMinute + 12,
      { type: 'prompt-shown', prompt: 'reminder', forEndAt: endAt, delivered: true },
    ])
    leaveMinute += 10
  }
  if (random() < 0.1) {
    const untilAt = endAt + 90 * MINUTE_MS
    story.push([
      endMinute + 3,
      { type: 'staying-late', untilAt, reason: 'deadline', note: text(4) },
    ])
    leaveMinute += 80
  }
  if (random() < 0.7) {
    story.push([leaveMinute - 4, { type: 'ritual-started' }])
    for (const stepId of ['review', 'open-loops', 'first-task', 'reflection'].slice(
      0,
      2 + Math.floor(random() * 3),
    )) {
      story.push([
        leaveMinute - 3,
        { type: 'ritual-answer', stepId, answer: text(2 + Math.floor(random() * 18)) },
      ])
    }
    story.push([leaveMinute, { type: 'ritual-completed' }])
  }
  story.push([leaveMinute + 1, { type: 'away', reason: random() < 0.6 ? 'lock' : 'suspend' }])
  if (random() < 0.15) {
    story.push([21 * 60, { type: 'back', reason: 'resume' }])
    story.push([21 * 60 + 40, { type: 'away', reason: 'suspend' }])
  }
  if (random() < 0.05) story.push([leaveMinute + 2, { type: 'leave-corrected', leftAt: endAt }])
  return story
}

/** The events of one date: a workday's story, a day off, an odd weekend visit, or nothing. */
function dayEvents(date: LocalDate, random: () => number, nextId: () => string): DayEvent[] {
  const weekday = weekdayOf(date)
  const workday = planFor(DEFAULT_SETTINGS, date, HISTORY_ZONE).workday
  let story: [number, EventBody][] = []
  if (workday && random() < 0.08) story = [[9 * 60, { type: 'day-off' }]]
  else if (workday) story = workdayEvents(date, random)
  else if ((weekday === 'sat' || weekday === 'sun') && random() < 0.1) {
    story = [
      [11 * 60, { type: 'app-started' }],
      [12 * 60, { type: 'away', reason: 'suspend' }],
    ]
  }
  const midnight = instantAt(date, 0, HISTORY_ZONE)
  return story.map(
    ([minute, body]) => ({ ...body, id: nextId(), at: midnight + minute * MINUTE_MS }) as DayEvent,
  )
}

/** Every day with events over the ten years up to `HISTORY_TODAY` (today included), oldest first. */
export function tenYearsOfHistory(seed = 6): DayEvents[] {
  const random = seededRandom(seed)
  const hex = () =>
    Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0')
  // Shaped like the app's randomUUID ids, so the files weigh what real ones do.
  const nextId = () =>
    `${hex()}-${hex().slice(0, 4)}-4${hex().slice(0, 3)}-a${hex().slice(0, 3)}-${hex()}${hex().slice(0, 4)}`
  const days: DayEvents[] = []
  const first = addDays(`${Number(HISTORY_TODAY.slice(0, 4)) - 10}${HISTORY_TODAY.slice(4)}`, 1)
  for (let date = first; date <= HISTORY_TODAY; date = addDays(date, 1)) {
    const events = dayEvents(date, random, nextId)
    if (events.length > 0) days.push({ date, events })
  }
  return days
}
