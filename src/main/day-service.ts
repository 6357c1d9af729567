/** Today's state: reads settings and events, appends new events, and tells listeners when anything changed. */
import {
  addDays,
  dayOf,
  lastNote,
  noteOf,
  planOfDay,
  sameNote,
  nextPrompt,
  planFor,
  replayDay,
  type DayEvent,
  type Instant,
  type LocalDate,
  type Settings,
} from '../core'
import type { TodayState } from '../shared/ipc-contract'
import { shownStepTitle } from '../shared/messages/step-title'
import type { Localization } from '../shared/messages'
import { hourCycleFor, type OsClock } from '../shared/format/hour-cycle'

/** An event as callers describe it: the service gives it an id and, unless given, the current instant. */
export type NewEvent = DayEvent extends infer Event
  ? Event extends DayEvent
    ? Omit<Event, 'id' | 'at'> & { at?: Instant }
    : never
  : never

/** Where day events live: appended per work date, read per date, finished days folded away. */
export interface DayEventLog {
  append(date: LocalDate, event: DayEvent): void
  eventsFor(date: LocalDate): DayEvent[]
  /** Lets the store move finished days into long-term storage when it sees fit. */
  foldOldDays?(today: LocalDate): void
}

/** Small facts about the app that are not history: the last heartbeat and which questions were asked. */
export interface AppMemory {
  /** The last heartbeat that reached the disk. */
  lastHeartbeat(): { date: LocalDate; at: Instant } | null
  /** Overwrites the heartbeat when the date changed or the interval passed; true when it wrote. */
  recordHeartbeat(date: LocalDate, at: Instant): boolean
  wasConfirmationAsked(date: LocalDate): boolean
  markConfirmationAsked(date: LocalDate): void
}

/** What the day service reads and writes. */
export interface DayServiceDeps {
  now: () => Instant
  zone: () => string
  settings: () => Settings
  log: DayEventLog
  memory: AppMemory
  newId: () => string
  idleDetection: () => 'available' | 'unavailable'
  undeliveredPrompt: () => boolean
  /** The language the user reads, as it is now: the renderer follows it, and default step titles speak it. */
  localization: () => Localization
  /** What the OS says of the user's clock, read on every state (a user may switch it); none: the locale decides. */
  osClock?: () => OsClock
}

/** The day service the IPC handlers, tray, scheduler and presence adapters share. */
export type DayService = ReturnType<typeof createDayService>

/** Creates the day service over its stores and clock. */
export function createDayService(deps: DayServiceDeps) {
  const listeners = new Set<(today: TodayState) => void>()
  const dateOf = (at: Instant) => dayOf(at, deps.zone(), deps.settings().rolloverHour)

  /** A past day keeps the plan it was lived under; today follows the settings as they are now. */
  function dayAt(date: LocalDate, now: Instant) {
    const settings = deps.settings()
    const events = deps.log.eventsFor(date)
    const plan =
      date === dateOf(now)
        ? planFor(settings, date, deps.zone())
        : planOfDay(settings, date, deps.zone(), events)
    return { settings, plan, events, record: replayDay(plan, events, settings, now) }
  }

  /** Notes today's plan whenever it differs from the last note, so later schedule changes leave today's verdict alone. */
  function notePlan(): void {
    const now = deps.now()
    const date = dateOf(now)
    const note = noteOf(planFor(deps.settings(), date, deps.zone()))
    const last = lastNote(deps.log.eventsFor(date))
    if (last && sameNote(last, note)) return
    deps.log.append(date, { id: deps.newId(), at: now, type: 'plan-noted', ...note })
  }

  function carriedOver(date: LocalDate, settings: Settings): TodayState['carriedOver'] {
    const yesterday = dayAt(previousDateWithEvents(date), deps.now()).record
    const answerOf = (kind: string) => {
      const step = settings.ritualSteps.find((candidate) => candidate.kind === kind)
      return step ? (yesterday.ritual.answers[step.id] ?? '') : ''
    }
    const firstTask = answerOf('first-task')
    const openLoops = answerOf('open-loops')
    return firstTask || openLoops ? { firstTask, openLoops } : null
  }

  /** The last earlier date (within a week) that has events: "yesterday" for a Monday is Friday. */
  function previousDateWithEvents(date: LocalDate): LocalDate {
    for (let back = 1; back <= 7; back++) {
      const candidate = addDays(date, -back)
      if (deps.log.eventsFor(candidate).length > 0) return candidate
    }
    return addDays(date, -1)
  }

  /** The last earlier day's detected leave time, until the user confirms or corrects it. */
  function confirmationFor(date: LocalDate): TodayState['confirmation'] {
    const previous = previousDateWithEvents(date)
    if (deps.memory.wasConfirmationAsked(previous)) return null
    const { record } = dayAt(previous, deps.now())
    if (!record.needsConfirmation || record.leftAt === null) return null
    return { date: previous, leftAt: record.leftAt, leftSource: record.leftSource }
  }

  function today(): TodayState {
    const now = deps.now()
    const date = dateOf(now)
    const { settings, plan, events, record } = dayAt(date, now)
    const prompting =
      record.verdict !== 'settled' &&
      record.promptsShown.some(
        (shown) => shown.prompt !== 'heads-up' && shown.forEndAt === record.endAt,
      )
    const { language, locale, messages } = deps.localization()
    return {
      now,
      zone: deps.zone(),
      language,
      locale,
      hourCycle: hourCycleFor(locale, deps.osClock?.()),
      plan,
      record,
      nextPrompt: nextPrompt(now, plan, events, settings),
      prompting,
      confirmation: confirmationFor(date),
      carriedOver: carriedOver(date, settings),
      idleDetection: deps.idleDetection(),
      undeliveredPrompt: deps.undeliveredPrompt(),
      ritualSteps: settings.ritualSteps.map((step) => ({
        ...step,
        title: shownStepTitle(step, messages),
      })),
      headsUpMinutes: settings.headsUpMinutes,
      snoozeMinutes: settings.snoozeMinutes,
    }
  }

  function changed(): TodayState {
    notePlan()
    const state = today()
    for (const listener of listeners) listener(state)
    return state
  }

  /** Appends an event to the date it belongs to (or `date`, for yesterday's corrections). */
  function record(input: NewEvent, date?: LocalDate): TodayState {
    const event = { ...input, id: deps.newId(), at: input.at ?? deps.now() } as DayEvent
    deps.log.append(date ?? dateOf(event.at), event)
    return changed()
  }

  /**
   * At start-up and rollover: a day the app did not see end gets its last
   * heartbeat as an event, so replay infers its leave time from it; the
   * next-morning question then follows from the day's record.
   */
  function settleEarlierDays(): void {
    const now = deps.now()
    const today = dateOf(now)
    const previous = previousDateWithEvents(today)
    const beat = deps.memory.lastHeartbeat()
    if (beat && beat.date === previous) {
      const events = deps.log.eventsFor(previous)
      const known = events.some((event) => event.type === 'heartbeat' && event.at === beat.at)
      if (!known) deps.log.append(previous, { id: deps.newId(), at: beat.at, type: 'heartbeat' })
    }
    deps.log.foldOldDays?.(today)
    changed()
  }

  return {
    today,
    record,
    changed,
    settleEarlierDays,
    dayAt: (date: LocalDate) => dayAt(date, deps.now()),
    dateOf,
    /** Keeps the last sign of life as one overwritten value, never as history. */
    beat(): void {
      const now = deps.now()
      deps.memory.recordHeartbeat(dateOf(now), now)
    },
    /** The next-morning question for `date` was answered; it is not asked again. */
    confirmationAnswered(date: LocalDate): void {
      deps.memory.markConfirmationAsked(date)
    },
    onChange(listener: (today: TodayState) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
