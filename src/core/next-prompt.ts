/** nextPrompt: which notification comes next for today, and when — or none. */
import { MINUTE_MS, type Instant } from './calendar'
import type { DayRecord } from './day-record'
import { promptsHere } from './device-in-use'
import { ONE_DEVICE, type DeviceRoles } from './devices'
import { eventsOfType, inTimeOrder, type DayEvent, type PromptKind } from './events'
import type { DayPlan } from './plan'
import { replayDay } from './replay-day'
import type { Settings } from './settings'

/** The settings the prompt planner reads. */
export type PromptSettings = Pick<
  Settings,
  'graceMinutes' | 'headsUpMinutes' | 'departureMinimumMinutes' | 'snoozeMinutes' | 'reminderLimit'
>

/** A prompt to show at `at` (which may already have passed: show it at once), for the end `forEndAt`. */
export interface PlannedPrompt {
  kind: PromptKind
  at: Instant
  forEndAt: Instant
  /** 1-based count for reminders, 0 otherwise. */
  reminderNumber: number
}

/**
 * The next prompt for a day on this device (`roles.self`), or null: none on a
 * day off, while reminders are paused, while the user is away here, while
 * another work device is in use (see device-in-use.ts), on a personal device,
 * once the day has its leave time (said on any device), or after the last
 * reminder. Staying late moves every prompt to the new end; a started ritual
 * or a snooze quiets reminders for one snooze interval.
 */
export function nextPrompt(
  now: Instant,
  plan: DayPlan,
  events: readonly DayEvent[],
  settings: PromptSettings,
  roles: DeviceRoles = ONE_DEVICE,
): PlannedPrompt | null {
  if (now < plan.windowStart || now >= plan.windowEnd) return null
  const record = replayDay(plan, events, settings, now, roles)
  return nextPromptOf(now, plan, events, record, settings, roles)
}

/** `nextPrompt` for a caller that has already replayed the day as of `now`: the day is replayed once. */
export function nextPromptOf(
  now: Instant,
  plan: DayPlan,
  events: readonly DayEvent[],
  record: DayRecord,
  settings: PromptSettings,
  roles: DeviceRoles = ONE_DEVICE,
): PlannedPrompt | null {
  if (now < plan.windowStart || now >= plan.windowEnd) return null
  if (!record.workday || record.endAt === null || record.remindersPaused) return null
  if (record.verdict === 'settled') return null
  const known = inTimeOrder(events).filter(
    (event) => event.at <= now && event.at >= plan.windowStart,
  )
  if (!promptsHere(known, roles)) return null

  const endAt = record.endAt
  const shown = record.promptsShown.filter((prompt) => prompt.forEndAt === endAt)
  const headsUpAt = endAt - settings.headsUpMinutes * MINUTE_MS
  const hasShown = (kind: PromptKind) => shown.some((prompt) => prompt.prompt === kind)
  if (settings.headsUpMinutes > 0 && now < endAt && !hasShown('heads-up') && !hasShown('end')) {
    return { kind: 'heads-up', at: headsUpAt, forEndAt: endAt, reminderNumber: 0 }
  }
  if (!hasShown('end')) return { kind: 'end', at: endAt, forEndAt: endAt, reminderNumber: 0 }

  const reminders = shown.filter((prompt) => prompt.prompt === 'reminder').length
  if (reminders >= settings.reminderLimit) return null
  const lastShownAt = Math.max(...shown.map((prompt) => prompt.at))
  const snooze = eventsOfType(known, 'snoozed')
    .filter((event) => event.at >= lastShownAt)
    .at(-1)
  const ritualStartedAt = eventsOfType(known, 'ritual-started').at(-1)?.at ?? -Infinity
  const quietFrom = Math.max(lastShownAt, ritualStartedAt)
  const at =
    snooze && snooze.at >= ritualStartedAt
      ? snooze.at + snooze.minutes * MINUTE_MS
      : quietFrom + settings.snoozeMinutes * MINUTE_MS
  return { kind: 'reminder', at, forEndAt: endAt, reminderNumber: reminders + 1 }
}
