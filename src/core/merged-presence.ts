/**
 * Presence merged across work devices: the user is away only when away on all of them.
 *
 * Each work device (every device not in `roles.personal`) keeps its own presence timeline,
 * read by the same rules as a single machine (`presenceTracker`). Merged, a device is in one of
 * three states at any instant:
 * - unseen: before its first sign of presence or of going away in the day window (a plan note, a
 *   heartbeat or a prompt shown is not a sign). It keeps no one present but cannot make the
 *   user away on its own: a desktop still locked from yesterday says nothing about today.
 * - away: inside one of its absences (lock, suspend, idle…; after a shutdown or quit it stays
 *   away until its next sign of presence, as on one machine).
 * - present: otherwise, including after its last event when that was no going-away: a device
 *   left unlocked stays present until it says otherwise (idle, watched from the wind-down, does).
 * The user is away when no work device is present and at least one is away; the merged absence
 * begins at the last departure and names the device that left last. A personal device's
 * presence (away, back, heartbeat, app started, activity) counts for nothing; what the user says
 * there (ritual, "leaving now", check-in, day off, correction, staying late) is read from the
 * events by replayDay like anything said anywhere. With one device the merged timeline is that
 * device's own timeline, absence for absence.
 */
import type { Instant } from './calendar'
import { deviceOf, type DeviceId, type DeviceRoles } from './devices'
import type { DayEvent } from './events'
import {
  presenceTracker,
  type Absence,
  type PresenceTimeline,
  type PresenceTracker,
} from './presence'

/** A merged absence, naming the work device whose going-away began it (the last to leave). */
export interface DeviceAbsence extends Absence {
  device: DeviceId
}

/** A presence timeline whose absences name the device that left last. */
export interface MergedTimeline extends Omit<PresenceTimeline, 'absences'> {
  absences: DeviceAbsence[]
}

/** The merged timeline and each work device's own. */
export interface MergedPresence {
  timeline: MergedTimeline
  /** Every work device with events in the day, by id. */
  byDevice: ReadonlyMap<DeviceId, PresenceTimeline>
}

/** Whether a device's activity counts as work. */
export const countsAsWork = (device: DeviceId, roles: DeviceRoles): boolean =>
  !roles.personal.has(device)

/** Merges the presence of every work device from the day's time-ordered events. */
export function mergedPresence(events: readonly DayEvent[], roles: DeviceRoles): MergedPresence {
  const trackers = new Map<DeviceId, PresenceTracker>()
  const present = new Set<DeviceId>()
  const absences: DeviceAbsence[] = []
  const departures = new Map<DeviceAbsence, Absence>()
  const activeAt: Instant[] = []
  let current: DeviceAbsence | null = null
  let lastEventAt: Instant | null = null
  for (const event of events) {
    const device = deviceOf(event, roles)
    if (!countsAsWork(device, roles)) continue
    let tracker = trackers.get(device)
    if (!tracker) trackers.set(device, (tracker = presenceTracker()))
    lastEventAt = event.at
    const step = tracker.see(event)
    if (step === 'active') {
      present.add(device)
      activeAt.push(event.at)
      if (current) current.end = event.at
      current = null
    } else if (step === 'left') {
      present.delete(device)
      const departure = tracker.current()
      if (current || present.size > 0 || !departure) continue
      current = { ...departure, device }
      absences.push(current)
      departures.set(current, departure)
    }
  }
  // Firmness arrives later on one machine too (a lock inside idle): read it from the departure.
  for (const [merged, departure] of departures) merged.firm = departure.firm
  const byDevice = new Map([...trackers].map(([device, tracker]) => [device, tracker.timeline()]))
  return {
    timeline: { absences, activeAt, awayAtEnd: current !== null, lastEventAt },
    byDevice,
  }
}
