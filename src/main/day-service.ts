/** The day's events: appends them, replays each date by the plan it is judged by, and tells listeners after every change. */
import {
  addDays,
  dayOf,
  judgedPlan,
  lastNote,
  noteOf,
  ONE_DEVICE,
  planFor,
  replayDay,
  sameNote,
  type DayEvent,
  type DeviceRoles,
  type Instant,
  type LocalDate,
  type Settings,
} from '../core'
import type { TodayState } from '../shared/ipc-contract'
import { presentToday, type ReplayedDay, type TodayFacts } from './today-presenter'

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

/** What the day service reads and writes, and the facts today's state shows beside the day. */
export interface DayServiceDeps extends TodayFacts {
  now: () => Instant
  zone: () => string
  settings: () => Settings
  log: DayEventLog
  memory: AppMemory
  newId: () => string
  /** Which device is this one and which are personal (src/core/devices.ts); one device when absent. */
  roles?: () => DeviceRoles
}

/** A date as replayed, with the settings it was judged by. */
export interface DayView extends ReplayedDay {
  settings: Settings
}

/** The day service the IPC handlers, tray, scheduler and presence adapters share. */
export type DayService = ReturnType<typeof createDayService>

/** A replay and what it was made from: it stands while the date has no new event and the instant is the same. */
interface Replay {
  now: Instant
  zone: string
  view: DayView
}

/** How far back "yesterday" is looked for: a long weekend or a week off still carries over. */
const LOOK_BACK_DAYS = 7

/**
 * Creates the day service over its stores and clock. Each date's events are read once and each
 * replay is kept until an event of that date is appended (or `changed()` says something outside
 * the events changed), so one append costs one read and one replay of its date, however many
 * listeners look at today afterwards.
 */
export function createDayService(deps: DayServiceDeps) {
  const listeners = new Set<(today: TodayState) => void>()
  const events = new Map<LocalDate, readonly DayEvent[]>()
  const replays = new Map<LocalDate, Replay>()
  const dateOf = (at: Instant) => dayOf(at, deps.zone(), deps.settings().rolloverHour)

  const eventsOf = (date: LocalDate): readonly DayEvent[] => {
    const known = events.get(date)
    if (known) return known
    const read = deps.log.eventsFor(date)
    events.set(date, read)
    return read
  }

  const append = (date: LocalDate, event: DayEvent): void => {
    // Forgotten even when the append throws: the store may have taken the event before failing.
    events.delete(date)
    replays.delete(date)
    deps.log.append(date, event)
  }

  /** Forgets every read and replay: settings, zone or stored history changed behind the events' back. */
  const forget = (): void => {
    events.clear()
    replays.clear()
  }

  /** A finished day replays the same at any later instant, until an event is added to it. */
  const stillHolds = (replay: Replay, now: Instant, zone: string): boolean => {
    if (replay.zone !== zone) return false
    if (replay.now === now) return true
    const { plan, events: known } = replay.view
    return (
      now > replay.now &&
      replay.now >= plan.windowEnd &&
      known.every((event) => event.at <= replay.now)
    )
  }

  /** `date` replayed as of `now` by the plan it is judged by (today: the settings as they are now). */
  function dayAt(date: LocalDate, now: Instant): DayView {
    const zone = deps.zone()
    const kept = replays.get(date)
    if (kept && stillHolds(kept, now, zone)) return kept.view
    const settings = deps.settings()
    const dayEvents = eventsOf(date)
    const plan = judgedPlan(settings, date, dateOf(now), zone, dayEvents)
    const roles = deps.roles?.() ?? ONE_DEVICE
    const view = {
      settings,
      plan,
      events: dayEvents,
      record: replayDay(plan, dayEvents, settings, now, roles),
      roles,
    }
    replays.set(date, { now, zone, view })
    return view
  }

  /** The last earlier date (within a week) that has events: "yesterday" for a Monday is Friday. */
  function previousDateWithEvents(date: LocalDate): LocalDate {
    for (let back = 1; back <= LOOK_BACK_DAYS; back++) {
      const candidate = addDays(date, -back)
      if (eventsOf(candidate).length > 0) return candidate
    }
    return addDays(date, -1)
  }

  /** Notes today's plan whenever it differs from the last note, so later schedule changes leave today's verdict alone. */
  function notePlan(): void {
    const now = deps.now()
    const date = dateOf(now)
    const note = noteOf(planFor(deps.settings(), date, deps.zone()))
    const last = lastNote(eventsOf(date))
    if (last && sameNote(last, note)) return
    append(date, { id: deps.newId(), at: now, type: 'plan-noted', ...note })
  }

  function today(): TodayState {
    const now = deps.now()
    const date = dateOf(now)
    const { settings, ...day } = dayAt(date, now)
    const previous = previousDateWithEvents(date)
    return presentToday(
      {
        now,
        zone: deps.zone(),
        settings,
        today: day,
        previous: {
          date: previous,
          day: dayAt(previous, now),
          confirmationAsked: deps.memory.wasConfirmationAsked(previous),
        },
      },
      deps,
    )
  }

  /** Tells every listener today's state after a change; the change is complete before anyone hears of it. */
  function notify(): TodayState {
    notePlan()
    const state = today()
    for (const listener of listeners) listener(state)
    return state
  }

  /** Appends an event to the date it belongs to (or `date`, for yesterday's corrections). */
  function record(input: NewEvent, date?: LocalDate): TodayState {
    const event = { ...input, id: deps.newId(), at: input.at ?? deps.now() } as DayEvent
    append(date ?? dateOf(event.at), event)
    return notify()
  }

  /**
   * At start-up and rollover: a day the app did not see end gets its last
   * heartbeat as an event, so replay infers its leave time from it; the
   * next-morning question then follows from the day's record.
   */
  function settleEarlierDays(): void {
    // A new day: what was kept for the days before it is let go.
    forget()
    const now = deps.now()
    const today = dateOf(now)
    const previous = previousDateWithEvents(today)
    const beat = deps.memory.lastHeartbeat()
    if (beat && beat.date === previous) {
      const known = eventsOf(previous).some(
        (event) => event.type === 'heartbeat' && event.at === beat.at,
      )
      if (!known) append(previous, { id: deps.newId(), at: beat.at, type: 'heartbeat' })
    }
    deps.log.foldOldDays?.(today)
    notify()
  }

  return {
    today,
    record,
    /** Something besides the events changed (settings, zone, an import, a machine fact): re-read, and tell listeners. */
    changed(): TodayState {
      forget()
      return notify()
    },
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
