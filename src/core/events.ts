/** Day events: what happens to a work day, appended and never edited; every record is derived from them. */
import type { Instant } from './calendar'

/** A 1–5 answer on a check-in scale. */
export type Scale = 1 | 2 | 3 | 4 | 5
/** Why the user stopped being at the machine. */
export type AwayReason = 'lock' | 'suspend' | 'shutdown' | 'idle' | 'quit'
/** How the user came back. `input` is idle ending, the weakest sign. */
export type BackReason = 'unlock' | 'resume' | 'active' | 'input'
/** The prompts the planner can ask for. */
export type PromptKind = 'heads-up' | 'end' | 'reminder'
/** Why the user chose to stay late. */
export type StayingLateReason = 'deadline' | 'meeting' | 'chose-to' | 'caring' | 'other'

interface EventBase {
  /** Unique and stable: imports and merges match events by it. */
  id: string
  /** When it happened; for idle, when idle began rather than when it was noticed. */
  at: Instant
  /** The device that recorded it, set when it came from another device's sync folder; absent: this device. */
  device?: string
}

/** Every kind of day event, discriminated by `type`. */
export type DayEvent = EventBase &
  (
    | { type: 'check-in'; energy: Scale; alignment: Scale; note: string }
    | { type: 'prompt-shown'; prompt: PromptKind; forEndAt: Instant; delivered: boolean }
    | { type: 'snoozed'; minutes: number }
    | { type: 'staying-late'; untilAt: Instant; reason: StayingLateReason; note: string }
    | { type: 'ritual-started' }
    | { type: 'ritual-answer'; stepId: string; answer: string }
    | { type: 'ritual-completed' }
    | { type: 'leaving-now' }
    | { type: 'leave-corrected'; leftAt: Instant }
    | { type: 'away'; reason: AwayReason }
    | { type: 'back'; reason: BackReason }
    | { type: 'app-started' }
    | { type: 'heartbeat' }
    | { type: 'day-off' }
    | { type: 'reminders-paused' }
    | { type: 'month-reviewed'; month: string; answer: string }
    | {
        type: 'plan-noted'
        workday: boolean
        start: string | null
        end: string | null
        zone: string
      }
  )

/** The type tags of day events. */
export type DayEventType = DayEvent['type']

/** One event of a given type. */
export type EventOf<T extends DayEventType> = Extract<DayEvent, { type: T }>

/** Events that can only happen with the user at the machine. */
const PRESENCE_TYPES: ReadonlySet<DayEventType> = new Set<DayEventType>([
  'check-in',
  'snoozed',
  'staying-late',
  'ritual-started',
  'ritual-answer',
  'ritual-completed',
  'leaving-now',
  'back',
  'app-started',
  'reminders-paused',
])

/** Whether an event shows the user at the machine at its instant. */
export function showsPresence(event: DayEvent): boolean {
  return PRESENCE_TYPES.has(event.type)
}

/** At one instant, going away comes last: nothing is done after leaving in the same millisecond. */
const leavesLast = (event: DayEvent): number => (event.type === 'away' ? 1 : 0)

/**
 * Events in time order; at one instant, going away after the rest (a ritual completed as the lid
 * shuts was done before it), then by id, so any arrival order replays the same.
 */
export function inTimeOrder(events: readonly DayEvent[]): DayEvent[] {
  return [...events].sort(
    (a, b) =>
      a.at - b.at || leavesLast(a) - leavesLast(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/** The events of one type, in the order given. */
export function eventsOfType<T extends DayEventType>(
  events: readonly DayEvent[],
  type: T,
): EventOf<T>[] {
  return events.filter((event): event is EventOf<T> => event.type === type)
}
