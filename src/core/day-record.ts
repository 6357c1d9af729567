/** The day record: what a day's events and plan add up to. */
import type { Instant, LocalDate } from './calendar'
import type { DeviceId, DeviceMinutes } from './devices'
import type { PromptKind, Scale, StayingLateReason } from './events'

/** How the leave time was known. */
export type LeftSource =
  'ritual' | 'manual' | 'lock' | 'suspend' | 'shutdown' | 'idle' | 'quit' | 'inferred'

/** How much to trust a leave time: said by the user, seen by the app, or guessed from a gap. */
export type Confidence = 'declared' | 'observed' | 'inferred'

/** `settled`: the day has its leave time; `open`: not yet; `none`: a day off or a day without data. */
export type Verdict = 'settled' | 'open' | 'none'

/** One check-in as the record keeps it. */
export interface CheckIn {
  id: string
  at: Instant
  energy: Scale
  alignment: Scale
  note: string
}

/** A declared planned extension of the day. */
export interface StayingLate {
  declaredAt: Instant
  untilAt: Instant
  reason: StayingLateReason
  note: string
}

/** Everything Sundown knows about one work day. */
export interface DayRecord {
  date: LocalDate
  /** The plan says work and the user did not declare the day off. */
  workday: boolean
  /** The user said "today is a day off". */
  dayOffDeclared: boolean
  verdict: Verdict
  /** The end the plan set. */
  plannedEndAt: Instant | null
  /** The end a staying-late declaration moved it to, if any. */
  extendedEndAt: Instant | null
  /** The end the verdict is judged against: the extended end when there is one. */
  endAt: Instant | null
  leftAt: Instant | null
  leftSource: LeftSource | null
  confidence: Confidence | null
  /** What the app detected before any manual correction, for the next-morning question. */
  detected: { leftAt: Instant; leftSource: LeftSource } | null
  onTime: boolean | null
  /** Whole minutes past the end (rounded up), 0 when on or before it. */
  minutesLate: number | null
  /** Minutes stayed past the planned end inside a declared extension: overtime, not lateness. */
  plannedOvertimeMinutes: number
  /** Minutes at the machine after leaving, within the day window (on every work device together). */
  afterHoursMinutes: number
  /** The device that saw the leave: where it was declared, or the last work device to go away. */
  leftDevice: DeviceId | null
  /** Where the after-hours minutes happened, per work device, largest first. */
  afterHoursByDevice: DeviceMinutes[]
  checkIns: CheckIn[]
  ritual: {
    startedAt: Instant | null
    completedAt: Instant | null
    answers: Record<string, string>
  }
  snoozedAt: Instant[]
  stayingLate: StayingLate | null
  remindersPaused: boolean
  promptsShown: { prompt: PromptKind; at: Instant; forEndAt: Instant; delivered: boolean }[]
  /** The leave time was detected or inferred, not declared: ask the user the next morning. */
  needsConfirmation: boolean
}
