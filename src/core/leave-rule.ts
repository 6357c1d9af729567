/**
 * The leave rule of DESIGN.md: a declaration wins, else an observed departure, else the last sign of life.
 *
 * Clock skew. Devices' clocks may differ by minutes, and Sundown does not correct them: every
 * event keeps the stamp of the device that saw it. The rule needs no shared clock. Each absence
 * is measured on one device's clock, and the departure minimum (30 minutes by default) dwarfs a
 * few minutes of skew, so skew cannot turn a break into a departure or a departure into a break.
 * The leave time is the stamp of the declaring or departing device, so it is off by at most that
 * device's skew; when two devices go away within the skew of each other, the one named last may
 * not be, and the leave time is still within the skew of the true one. Each after-hours stretch
 * is measured on one device's clock, so its length is exact; only where stretches on two devices
 * overlap, or a return on another device is stamped just after a declaration it truly preceded,
 * can the total be off, by at most the skew. No tolerance is applied: it would hide real
 * after-hours as well. Events stamped ahead of this device's clock count once its clock reaches them.
 */
import type { Instant } from './calendar'
import type { Confidence, LeftSource } from './day-record'
import { deviceOf, type DeviceId, type DeviceRoles } from './devices'
import { eventsOfType, type DayEvent } from './events'
import type { MergedPresence } from './merged-presence'
import type { DayPlan } from './plan'
import { absenceAt } from './presence'

/** When and how the user left, and on which device. */
export interface Leave {
  leftAt: Instant
  leftSource: LeftSource
  /** Where it was declared, or the last work device to go away; null when inferred. */
  device: DeviceId | null
  /** Declared at the machine (ritual, "leaving now"): presence until the user goes away there is after-hours. */
  declaredAtMachine?: boolean
}

/**
 * Rule 1: a declaration wins — the latest correction, else the first ritual or
 * "leaving now" in the window, said on any device (a personal one too: the user's word counts).
 */
export function declaredLeave(
  events: readonly DayEvent[],
  windowEvents: readonly DayEvent[],
  roles: DeviceRoles,
): Leave | null {
  const correction = eventsOfType(events, 'leave-corrected').at(-1)
  if (correction) {
    return { leftAt: correction.leftAt, leftSource: 'manual', device: deviceOf(correction, roles) }
  }
  const declaration = windowEvents.find(
    (event) => event.type === 'ritual-completed' || event.type === 'leaving-now',
  )
  if (!declaration) return null
  return {
    leftAt: declaration.at,
    leftSource: declaration.type === 'ritual-completed' ? 'ritual' : 'manual',
    device: deviceOf(declaration, roles),
    declaredAtMachine: true,
  }
}

/**
 * Rules 2 and 3, on presence merged across work devices. An absence already
 * under way at the wind-down start is a departure (the user left early) when
 * it lasts past the end by at least the departure minimum, or never ends;
 * otherwise the first absence beginning at or after the wind-down that lasts
 * the departure minimum. Failing both, a finished day the app stopped
 * watching ends at its last sign of life.
 */
export function detectedLeave(
  { timeline }: MergedPresence,
  bounds: { windDownAt: Instant; endAt: Instant },
  departureMs: number,
  now: Instant,
  plan: DayPlan,
): Leave | null {
  const dayOver = now >= plan.windowEnd
  const lasted = (start: Instant, end: Instant | null): boolean =>
    end === null ? dayOver || now - start >= departureMs : end - start >= departureMs
  const underWay = absenceAt(timeline, bounds.windDownAt)
  if (underWay && (dayOver || now >= bounds.windDownAt)) {
    const leftEarly =
      underWay.end === null
        ? lasted(underWay.start, null)
        : underWay.end - bounds.endAt >= departureMs
    if (leftEarly) {
      return { leftAt: underWay.start, leftSource: underWay.reason, device: underWay.device }
    }
  }
  const departure = timeline.absences.find(
    (absence) => absence.start >= bounds.windDownAt && lasted(absence.start, absence.end),
  )
  if (departure) {
    return { leftAt: departure.start, leftSource: departure.reason, device: departure.device }
  }
  if (
    dayOver &&
    !timeline.awayAtEnd &&
    timeline.activeAt.length > 0 &&
    timeline.lastEventAt !== null
  ) {
    return { leftAt: timeline.lastEventAt, leftSource: 'inferred', device: null }
  }
  return null
}

/** How much to trust a leave by how it was known. */
export const confidenceOf = (source: LeftSource): Confidence =>
  source === 'ritual' || source === 'manual'
    ? 'declared'
    : source === 'inferred'
      ? 'inferred'
      : 'observed'
