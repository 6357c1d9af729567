/** replayDay: the leave rule of DESIGN.md, applied to one day's events. */
import { afterHoursOf } from './after-hours'
import { MINUTE_MS, type Instant } from './calendar'
import type { DayRecord } from './day-record'
import { ONE_DEVICE, type DeviceRoles } from './devices'
import { eventsOfType, inTimeOrder, type DayEvent } from './events'
import { confidenceOf, declaredLeave, detectedLeave } from './leave-rule'
import { mergedPresence } from './merged-presence'
import type { DayPlan } from './plan'
import type { Settings } from './settings'

/** The settings the leave rule reads. */
export type ReplaySettings = Pick<
  Settings,
  'graceMinutes' | 'headsUpMinutes' | 'departureMinimumMinutes'
>

/**
 * The day record for a plan and its events, judged as of `now` (default: the
 * day is over and every event is known). Events may arrive in any order, from
 * any device: `roles` says which device reads and which devices are personal
 * (see merged-presence.ts); with the default every event is this device's.
 */
export function replayDay(
  plan: DayPlan,
  events: readonly DayEvent[],
  settings: ReplaySettings,
  now: Instant = Number.POSITIVE_INFINITY,
  roles: DeviceRoles = ONE_DEVICE,
): DayRecord {
  const known = inTimeOrder(events).filter((event) => event.at <= now)
  const inWindow = known.filter(
    (event) => event.at >= plan.windowStart && event.at < plan.windowEnd,
  )
  const presence = mergedPresence(inWindow, roles)
  const { timeline } = presence
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
    presence,
    { windDownAt, endAt },
    settings.departureMinimumMinutes * MINUTE_MS,
    now,
    plan,
  )
  const leave = declaredLeave(known, inWindow, roles) ?? detected
  const seenAnything = timeline.activeAt.length > 0 || timeline.absences.length > 0
  if (!leave) {
    record.verdict = seenAnything && now < plan.windowEnd ? 'open' : 'none'
    return record
  }
  const lateMs = leave.leftAt - endAt
  const afterHours = afterHoursOf(presence, leave, now, now >= plan.windowEnd)
  return {
    ...record,
    verdict: 'settled',
    leftAt: leave.leftAt,
    leftSource: leave.leftSource,
    confidence: confidenceOf(leave.leftSource),
    detected:
      detected && leave.leftSource === 'manual' && detected !== leave
        ? { leftAt: detected.leftAt, leftSource: detected.leftSource }
        : null,
    onTime: lateMs <= settings.graceMinutes * MINUTE_MS,
    minutesLate: Math.max(0, Math.ceil(lateMs / MINUTE_MS)),
    plannedOvertimeMinutes:
      extendedEndAt === null
        ? 0
        : Math.max(0, Math.round((Math.min(leave.leftAt, extendedEndAt) - plan.endAt) / MINUTE_MS)),
    afterHoursMinutes: afterHours.minutes,
    leftDevice: leave.device,
    afterHoursByDevice: afterHours.byDevice,
    needsConfirmation: confidenceOf(leave.leftSource) !== 'declared',
  }
}
