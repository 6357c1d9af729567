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

/**
 * Builds the presence timeline from time-ordered events. Idle ending (`back`
 * with reason `input`) cannot end an absence that a lock, suspend, shutdown
 * or quit backs, and idle beginning inside such an absence changes nothing:
 * idle is a hint that firmer signals outrank.
 */
export function presenceTimeline(events: readonly DayEvent[]): PresenceTimeline {
  const absences: Absence[] = []
  const activeAt: Instant[] = []
  let current: Absence | null = null
  let lastEventAt: Instant | null = null
  for (const event of events) {
    lastEventAt = event.at
    if (event.type === 'away') {
      const firm = event.reason !== 'idle'
      if (current) {
        current.firm ||= firm
        continue
      }
      current = { start: event.at, end: null, reason: event.reason, firm }
      absences.push(current)
    } else if (showsPresence(event)) {
      const weakReturn = event.type === 'back' && event.reason === 'input'
      if (current && current.firm && weakReturn) continue
      if (current) current.end = event.at
      current = null
      activeAt.push(event.at)
    }
  }
  return { absences, activeAt, awayAtEnd: current !== null, lastEventAt }
}

/** The absence in force at `instant`, if any. */
export function absenceAt(timeline: PresenceTimeline, instant: Instant): Absence | null {
  return (
    timeline.absences.find(
      (absence) => absence.start <= instant && (absence.end === null || absence.end > instant),
    ) ?? null
  )
}

/**
 * Minutes of presence after `leftAt`: each return after leaving opens a
 * stretch that ends at the next absence, or at `tailEnd` when none follows.
 * With `stillThere` (the user declared leaving at the machine), the time until
 * they actually went away counts too.
 */
export function presenceMinutesAfter(
  timeline: PresenceTimeline,
  leftAt: Instant,
  tailEnd: Instant,
  options: { stillThere: boolean },
): number {
  const marks = [
    ...timeline.activeAt.map((at) => ({ at, seen: true })),
    ...timeline.absences.map((absence) => ({ at: absence.start, seen: false })),
  ]
    .filter((mark) => mark.at > leftAt)
    .sort((a, b) => a.at - b.at || Number(a.seen) - Number(b.seen))
  const goneAtLeave = absenceAt(timeline, leftAt) !== null
  let stretchStart: Instant | null = options.stillThere && !goneAtLeave ? leftAt : null
  let totalMs = 0
  for (const mark of marks) {
    if (mark.seen && stretchStart === null) stretchStart = mark.at
    if (!mark.seen && stretchStart !== null) {
      totalMs += mark.at - stretchStart
      stretchStart = null
    }
  }
  if (stretchStart !== null) totalMs += Math.max(0, tailEnd - stretchStart)
  return Math.round(totalMs / 60_000)
}
