/** replayDay: the leave rule of DESIGN.md, applied to one day's events. */
import { MINUTE_MS, type Instant } from './calendar'
import type { DayRecord, LeftSource } from './day-record'
import { eventsOfType, inTimeOrder, type DayEvent } from './events'
import type { DayPlan } from './plan'
import {
  absenceAt,
  presenceMinutesAfter,
  presenceTimeline,
  type PresenceTimeline,
} from './presence'
import type { Settings } from './settings'

/** The settings the leave rule reads. */
export type ReplaySettings = Pick<
  Settings,
  'graceMinutes' | 'headsUpMinutes' | 'departureMinimumMinutes'
>

interface Leave {
  leftAt: Instant
  leftSource: LeftSource
  /** Declared at the machine (ritual, "leaving now"): presence until the user goes away is after-hours. */
  declaredAtMachine?: boolean
}

/** Rule 1: a declaration wins — the latest correction, else the first ritual or "leaving now". */
function declaredLeave(events: DayEvent[], windowEvents: DayEvent[]): Leave | null {
  const correction = eventsOfType(events, 'leave-corrected').at(-1)
  if (correction) return { leftAt: correction.leftAt, leftSource: 'manual' }
  const declaration = windowEvents.find(
    (event) => event.type === 'ritual-completed' || event.type === 'leaving-now',
  )
  if (!declaration) return null
  return {
    leftAt: declaration.at,
    leftSource: declaration.type === 'ritual-completed' ? 'ritual' : 'manual',
    declaredAtMachine: true,
  }
}

/**
 * Rules 2 and 3. An absence already under way at the wind-down start is a
 * departure (the user left early) when it lasts past the end by at least the
 * departure minimum, or never ends; otherwise the first absence beginning at
 * or after the wind-down that lasts the departure minimum. Failing both, a
 * finished day the app stopped watching ends at its last sign of life.
 */
function detectedLeave(
  timeline: PresenceTimeline,
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
    if (leftEarly) return { leftAt: underWay.start, leftSource: underWay.reason }
  }
  const departure = timeline.absences.find(
    (absence) => absence.start >= bounds.windDownAt && lasted(absence.start, absence.end),
  )
  if (departure) return { leftAt: departure.start, leftSource: departure.reason }
  if (
    dayOver &&
    !timeline.awayAtEnd &&
    timeline.activeAt.length > 0 &&
    timeline.lastEventAt !== null
  ) {
    return { leftAt: timeline.lastEventAt, leftSource: 'inferred' }
  }
  return null
}

const confidenceOf = (source: LeftSource) =>
  source === 'ritual' || source === 'manual'
    ? 'declared'
    : source === 'inferred'
      ? 'inferred'
      : 'observed'

/**
 * The day record for a plan and its events, judged as of `now` (default: the
 * day is over and every event is known). Events may arrive in any order.
 */
export function replayDay(
  plan: DayPlan,
  events: readonly DayEvent[],
  settings: ReplaySettings,
  now: Instant = Number.POSITIVE_INFINITY,
): DayRecord {
  const known = inTimeOrder(events).filter((event) => event.at <= now)
  const inWindow = known.filter(
    (event) => event.at >= plan.windowStart && event.at < plan.windowEnd,
  )
  const timeline = presenceTimeline(inWindow)
  const dayOffDeclared = inWindow.some((event) => event.type === 'day-off')
  const stayingLateEvent = eventsOfType(inWindow, 'staying-late').at(-1)
  const stayingLate = stayingLateEvent
    ? {
        declaredAt: stayingLateEvent.at,
        untilAt: stayingLateEvent.untilAt,
        reason: stayingLateEvent.reason,
        note: stayingLateEvent.note,
      }
    : null
  const workday = plan.workday && plan.endAt !== null && !dayOffDeclared
  const extendedEndAt =
    workday && stayingLate && plan.endAt !== null && stayingLate.untilAt > plan.endAt
      ? stayingLate.untilAt
      : null
  const endAt = workday ? (extendedEndAt ?? plan.endAt) : null
  const answers: Record<string, string> = {}
  for (const answer of eventsOfType(inWindow, 'ritual-answer'))
    answers[answer.stepId] = answer.answer

  const record: DayRecord = {
    date: plan.date,
    workday,
    dayOffDeclared,
    verdict: 'none',
    plannedEndAt: plan.endAt,
    extendedEndAt,
    endAt,
    leftAt: null,
    leftSource: null,
    confidence: null,
    detected: null,
    onTime: null,
    minutesLate: null,
    plannedOvertimeMinutes: 0,
    afterHoursMinutes: 0,
    leftDevice: null,
    afterHoursByDevice: [],
    checkIns: eventsOfType(inWindow, 'check-in').map(({ id, at, energy, alignment, note }) => ({
      id,
      at,
      energy,
      alignment,
      note,
    })),
    ritual: {
      startedAt: eventsOfType(inWindow, 'ritual-started')[0]?.at ?? null,
      completedAt: eventsOfType(inWindow, 'ritual-completed')[0]?.at ?? null,
      answers,
    },
    snoozedAt: eventsOfType(inWindow, 'snoozed').map((event) => event.at),
    stayingLate,
    remindersPaused: inWindow.some((event) => event.type === 'reminders-paused'),
    promptsShown: eventsOfType(inWindow, 'prompt-shown').map(
      ({ prompt, at, forEndAt, delivered }) => ({ prompt, at, forEndAt, delivered }),
    ),
    needsConfirmation: false,
  }
  if (!workday || endAt === null || plan.endAt === null) return record

  const windDownAt = endAt - settings.headsUpMinutes * MINUTE_MS
  const detected = detectedLeave(
    timeline,
    { windDownAt, endAt },
    settings.departureMinimumMinutes * MINUTE_MS,
    now,
    plan,
  )
  const leave = declaredLeave(known, inWindow) ?? detected
  const seenAnything = timeline.activeAt.length > 0 || timeline.absences.length > 0
  if (!leave) {
    record.verdict = seenAnything && now < plan.windowEnd ? 'open' : 'none'
    return record
  }
  const lateMs = leave.leftAt - endAt
  const tailEnd = now >= plan.windowEnd ? (timeline.lastEventAt ?? leave.leftAt) : now
  return {
    ...record,
    verdict: 'settled',
    leftAt: leave.leftAt,
    leftSource: leave.leftSource,
    confidence: confidenceOf(leave.leftSource),
    detected: detected && leave.leftSource === 'manual' && detected !== leave ? detected : null,
    onTime: lateMs <= settings.graceMinutes * MINUTE_MS,
    minutesLate: Math.max(0, Math.ceil(lateMs / MINUTE_MS)),
    plannedOvertimeMinutes:
      extendedEndAt === null
        ? 0
        : Math.max(0, Math.round((Math.min(leave.leftAt, extendedEndAt) - plan.endAt) / MINUTE_MS)),
    afterHoursMinutes: presenceMinutesAfter(timeline, leave.leftAt, tailEnd, {
      stillThere: leave.declaredAtMachine === true,
    }),
    needsConfirmation: confidenceOf(leave.leftSource) !== 'declared',
  }
}
