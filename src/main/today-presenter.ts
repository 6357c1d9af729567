/** What the windows and the tray see of today: built from the replayed day, in the user's language; nothing is read or replayed here. */
import {
  nextPromptOf,
  type DayEvent,
  type DayPlan,
  type DayRecord,
  type DeviceRoles,
  type Instant,
  type LocalDate,
  type Settings,
} from '../core'
import type { TodayState } from '../shared/ipc-contract'
import { hourCycleFor, type OsClock } from '../shared/format/hour-cycle'
import type { Localization } from '../shared/messages'
import { shownStepTitle } from '../shared/messages/step-title'

/** What today's state shows beside the day itself: facts about the machine and the user's language. */
export interface TodayFacts {
  idleDetection: () => 'available' | 'unavailable'
  undeliveredPrompt: () => boolean
  /** The language the user reads, as it is now: the renderer follows it, and default step titles speak it. */
  localization: () => Localization
  /** What the OS says of the user's clock, read on every state (a user may switch it); none: the locale decides. */
  osClock?: () => OsClock
}

/** One replayed day: its judged plan, its events, and its record as of the replay. */
export interface ReplayedDay {
  plan: DayPlan
  events: readonly DayEvent[]
  record: DayRecord
  /** The devices the record was replayed with; absent: one device. */
  roles?: DeviceRoles
}

/** Today and the last earlier day with events, as the day service replayed them. */
export interface TodayReplay {
  now: Instant
  zone: string
  settings: Settings
  today: ReplayedDay
  /** The last earlier day with events ("yesterday" for a Monday is Friday), and whether its leave time was confirmed. */
  previous: { date: LocalDate; day: ReplayedDay; confirmationAsked: boolean }
}

/** Builds today's state for the windows and the tray. */
export function presentToday(replay: TodayReplay, facts: TodayFacts): TodayState {
  const { now, settings, today, previous } = replay
  const { record, plan, events } = today
  const prompting =
    record.verdict !== 'settled' &&
    record.promptsShown.some(
      (shown) => shown.prompt !== 'heads-up' && shown.forEndAt === record.endAt,
    )
  const { language, locale, messages } = facts.localization()
  return {
    now,
    zone: replay.zone,
    language,
    locale,
    hourCycle: hourCycleFor(locale, facts.osClock?.()),
    plan,
    record,
    nextPrompt: nextPromptOf(now, plan, events, record, settings, today.roles),
    prompting,
    confirmation: confirmationOf(previous),
    carriedOver: carriedOverFrom(previous.day.record, settings),
    idleDetection: facts.idleDetection(),
    undeliveredPrompt: facts.undeliveredPrompt(),
    ritualSteps: settings.ritualSteps.map((step) => ({
      ...step,
      title: shownStepTitle(step, messages),
    })),
    headsUpMinutes: settings.headsUpMinutes,
    snoozeMinutes: settings.snoozeMinutes,
  }
}

/** The last earlier day's detected leave time, until the user confirms or corrects it. */
function confirmationOf(previous: TodayReplay['previous']): TodayState['confirmation'] {
  const { record } = previous.day
  if (previous.confirmationAsked || !record.needsConfirmation || record.leftAt === null) return null
  return { date: previous.date, leftAt: record.leftAt, leftSource: record.leftSource }
}

/** Yesterday's ritual answers for the first task and the open loops, when it gave any. */
function carriedOverFrom(yesterday: DayRecord, settings: Settings): TodayState['carriedOver'] {
  const answerOf = (kind: string) => {
    const step = settings.ritualSteps.find((candidate) => candidate.kind === kind)
    return step ? (yesterday.ritual.answers[step.id] ?? '') : ''
  }
  const firstTask = answerOf('first-task')
  const openLoops = answerOf('open-loops')
  return firstTask || openLoops ? { firstTask, openLoops } : null
}
