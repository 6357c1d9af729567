/** Presence: turns away/back and activity events into absences, honouring which signals outrank which. */
import type { Instant } from './calendar'
import { showsPresence, type AwayReason, type DayEvent } from './events'

/** A stretch when the user was not at the machine; `end` is null while it lasts. */
export interface Absence {
  start: Instant
  end: Instant | null
  /** The signal that began it (for idle: when idle began). */
  reason: AwayReason
  /** Whether lock, suspend, shutdown or quit backed it; idle alone is only a hint. */
  firm: boolean
}

/** What the events say about presence through one day, in time order. */
export interface PresenceTimeline {
  absences: Absence[]
  /** Instants of activity that counted (check-ins, returns, answers…), not the moments of leaving. */
  activeAt: Instant[]
  /** Whether the last word on presence is that the user is away. */
  awayAtEnd: boolean
  /** The last event of any kind, heartbeats included: where observation stopped. */
  lastEventAt: Instant | null
}

/** What one event did to presence: an absence began, a sign of presence counted, or nothing. */
export type PresenceStep = 'left' | 'active' | null

/** Presence built one event at a time, so several devices can be followed side by side. */
export interface PresenceTracker {
  /** Reads the next event (in time order) and says what it did. */
  see(event: DayEvent): PresenceStep
  /** The timeline so far. */
  timeline(): PresenceTimeline
  /** The absence under way, if any. */
  current(): Absence | null
}

/**
 * A presence tracker. Idle ending (`back` with reason `input`) cannot end an
 * absence that a lock, suspend, shutdown or quit backs, and idle beginning
 * inside such an absence changes nothing: idle is a hint that firmer signals outrank.
 */
export function presenceTracker(): PresenceTracker {
  const absences: Absence[] = []
  const activeAt: Instant[] = []
  let current: Absence | null = null
  let lastEventAt: Instant | null = null
  return {
    see(event) {
      lastEventAt = event.at
      if (event.type === 'away') {
        const firm = event.reason !== 'idle'
        if (current) {
          current.firm ||= firm
          return null
        }
        current = { start: event.at, end: null, reason: event.reason, firm }
        absences.push(current)
        return 'left'
      }
      if (!showsPresence(event)) return null
      const weakReturn = event.type === 'back' && event.reason === 'input'
      if (current && current.firm && weakReturn) return null
      if (current) current.end = event.at
      current = null
      activeAt.push(event.at)
      return 'active'
    },
    timeline: () => ({ absences, activeAt, awayAtEnd: current !== null, lastEventAt }),
    current: () => current,
  }
}

/** Builds the presence timeline from time-ordered events (see `presenceTracker`). */
export function presenceTimeline(events: readonly DayEvent[]): PresenceTimeline {
  const tracker = presenceTracker()
  for (const event of events) tracker.see(event)
  return tracker.timeline()
}

/** The absence in force at `instant`, if any. */
export function absenceAt<A extends Absence>(
  timeline: { absences: readonly A[] },
  instant: Instant,
): A | null {
  return (
    timeline.absences.find(
      (absence) => absence.start <= instant && (absence.end === null || absence.end > instant),
    ) ?? null
  )
}

/** A stretch of presence, from `start` to `end`. */
export interface Stretch {
  start: Instant
  end: Instant
}

/**
 * The stretches of presence after `leftAt`: each return after leaving opens a
 * stretch that ends at the next absence, or at `tailEnd` when none follows.
 * With `stillThere` (the user declared leaving at this machine), the time until
 * they actually went away counts too.
 */
export function presenceStretchesAfter(
  timeline: PresenceTimeline,
  leftAt: Instant,
  tailEnd: Instant,
  options: { stillThere: boolean },
): Stretch[] {
  const marks = [
    ...timeline.activeAt.map((at) => ({ at, seen: true })),
    ...timeline.absences.map((absence) => ({ at: absence.start, seen: false })),
  ]
    .filter((mark) => mark.at > leftAt)
    .sort((a, b) => a.at - b.at || Number(a.seen) - Number(b.seen))
  const goneAtLeave = absenceAt(timeline, leftAt) !== null
  let stretchStart: Instant | null = options.stillThere && !goneAtLeave ? leftAt : null
  const stretches: Stretch[] = []
  for (const mark of marks) {
    if (mark.seen && stretchStart === null) stretchStart = mark.at
    if (!mark.seen && stretchStart !== null) {
      stretches.push({ start: stretchStart, end: mark.at })
      stretchStart = null
    }
  }
  if (stretchStart !== null)
    stretches.push({ start: stretchStart, end: Math.max(stretchStart, tailEnd) })
  return stretches
}

/** Whole minutes (rounded) that stretches cover, time on two at once counted once. */
export function minutesCovered(stretches: readonly Stretch[]): number {
  let totalMs = 0
  let reach = Number.NEGATIVE_INFINITY
  for (const { start, end } of [...stretches].sort((a, b) => a.start - b.start)) {
    if (end > reach) totalMs += end - Math.max(start, reach)
    reach = Math.max(reach, end)
  }
  return Math.round(totalMs / 60_000)
}
