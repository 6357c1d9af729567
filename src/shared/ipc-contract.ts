/** The one IPC contract: channel names, payload schemas (checked in main) and response types. */
import * as v from 'valibot'
import type {
  DayPlan,
  DayRecord,
  FieldError,
  Instant,
  LocalDate,
  MonthSummary,
  PlannedPrompt,
  Settings,
} from '../core'
import { SettingsObjectSchema, isTimeZone, minutesOfTime } from '../core'
import type { DevicesState } from './devices-state'
import type { COMMAND_NAMES } from './ipc-channels'
import type { Language } from './messages'
import type { HourCycle } from './format/hour-cycle'
import type { IpcResult, RequestProblem } from './ipc-result'

export type * from './ipc-result'
export type * from './devices-state'

/** The windows the renderer can show, one view each. */
export type ViewName = 'popover' | 'ritual' | 'month' | 'settings'

/** Where today stands: everything the popover and tray need, pushed on every change. */
export interface TodayState {
  now: Instant
  zone: string
  /**
   * The language the user reads Sundown in, and the locale for dates, times and numbers. The main
   * process always sends both; a state built without them (a fixture) reads as English.
   */
  language?: Language
  locale?: string
  /**
   * The user's clock, 12- or 24-hour, as their OS or locale says (see hourCycleFor). Main sends
   * instants and the zone, never written times: every window writes them with this.
   */
  hourCycle?: HourCycle
  plan: DayPlan
  record: DayRecord
  nextPrompt: PlannedPrompt | null
  /** An end prompt or reminder went out and nothing has settled the day yet. */
  prompting: boolean
  /** Yesterday's detected leave time awaiting the user's word, asked once. */
  confirmation: { date: LocalDate; leftAt: Instant; leftSource: DayRecord['leftSource'] } | null
  /** Yesterday's ritual answers carried into today. */
  carriedOver: { firstTask: string; openLoops: string } | null
  idleDetection: 'available' | 'unavailable'
  /** A prompt could not be delivered by any notification path. */
  undeliveredPrompt: boolean
  /** The ritual's steps; a default step nobody renamed has its title in the user's language. */
  ritualSteps: Settings['ritualSteps']
  headsUpMinutes: number
  snoozeMinutes: number
}

/** What the settings store answers a write (main's side; over IPC, saveSettings answers a result). */
export type SaveResult = { ok: true } | { ok: false; errors: FieldError[] }

/**
 * A schema message that carries a problem as JSON (as settings-problems.ts does for settings):
 * main turns it back into data for the refusal, and the renderer words it.
 */
const says = (problem: RequestProblem) => () => JSON.stringify(problem)

const scale = v.picklist([1, 2, 3, 4, 5], says({ code: 'scale' }))
const view = v.picklist(['popover', 'ritual', 'month', 'settings'], says({ code: 'unknown-view' }))
const shortText = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, says({ code: 'text-too-long', max })))
const localTime = v.pipe(
  v.string(),
  v.check((value) => minutesOfTime(value) !== null, says({ code: 'clock-time' })),
)
const localDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, says({ code: 'calendar-date' })),
)
const none = v.optional(v.undefined())

/**
 * Declares a command: `command<Value>()(requestSchema)`; it answers `IpcResult<Value>`. The
 * response type exists only for the compiler.
 */
const command =
  <Value>() =>
  <Request extends v.GenericSchema>(request: Request) => ({
    request,
    response: undefined as unknown as IpcResult<Value>,
  })

/** Every request the renderer can make; the preload and the main handlers are generated from this. */
export const ipcCommands = {
  getToday: command<TodayState>()(none),
  checkIn: command<TodayState>()(
    v.strictObject({ energy: scale, alignment: scale, note: shortText(500) }),
  ),
  startRitual: command<TodayState>()(none),
  answerRitualStep: command<TodayState>()(
    v.strictObject({ stepId: shortText(64), answer: shortText(2000) }),
  ),
  completeRitual: command<TodayState>()(none),
  snooze: command<TodayState>()(none),
  stayLate: command<TodayState>()(
    v.strictObject({
      until: localTime,
      reason: v.picklist(['deadline', 'meeting', 'chose-to', 'caring', 'other']),
      note: shortText(280),
    }),
  ),
  declareDayOff: command<TodayState>()(none),
  pauseReminders: command<TodayState>()(none),
  correctLeave: command<TodayState>()(v.strictObject({ date: localDate, leftAt: localTime })),
  confirmLeave: command<TodayState>()(v.strictObject({ date: localDate })),
  getMonth: command<MonthSummary>()(
    v.strictObject({ month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)) }),
  ),
  saveMonthReview: command<MonthSummary>()(
    v.strictObject({
      month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
      answer: shortText(2000),
    }),
  ),
  getSettings: command<Settings>()(none),
  saveSettings: command<null>()(SettingsObjectSchema),
  exportData: command<{ saved: boolean; path: string | null }>()(none),
  importData: command<{ imported: number; skipped: number }>()(none),
  openView: command<null>()(v.strictObject({ view })),
  closeView: command<null>()(v.strictObject({ view })),
  /** The popover's zone when Chromium sees the OS zone change: main's own never moves (see os-time-zone.ts). */
  reportZone: command<null>()(
    v.strictObject({
      zone: v.pipe(
        v.string(),
        v.maxLength(64, says({ code: 'unknown-zone' })),
        v.check(isTimeZone, says({ code: 'unknown-zone' })),
      ),
    }),
  ),
  /** The sync folder, its status and the devices in it. */
  getDevices: command<DevicesState>()(none),
  /** Asks main to show a folder picker; the chosen folder starts syncing (cancel changes nothing). */
  chooseSyncFolder: command<DevicesState>()(none),
  /** Stops syncing: everything stays on this device; the folder is left as it is. */
  stopSync: command<DevicesState>()(none),
  /** This device's name and whether its activity counts as work. */
  saveThisDevice: command<DevicesState>()(
    v.strictObject({
      name: v.pipe(
        v.string(),
        v.trim(),
        v.minLength(1, says({ code: 'device-name-empty' })),
        v.maxLength(64, says({ code: 'text-too-long', max: 64 })),
      ),
      countsAsWork: v.boolean(),
    }),
  ),
} as const

/** The names of every command. */
export type CommandName = keyof typeof ipcCommands

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Fails to compile when the preload's channel list and the contract drift apart. */
export const channelListMatchesContract: SameKeys<CommandName, (typeof COMMAND_NAMES)[number]> =
  true
/** The payload a command takes. */
export type RequestOf<Name extends CommandName> = v.InferInput<
  (typeof ipcCommands)[Name]['request']
>
/** What a command answers: always a result, never a throw. */
export type ResponseOf<Name extends CommandName> = (typeof ipcCommands)[Name]['response']

/** Pushes from main to every open view. */
export interface IpcEvents {
  todayChanged: TodayState
  devicesChanged: DevicesState
}

export { channelOf } from './ipc-channels'

/** The value a command answers when it succeeds. */
export type ValueOf<Name extends CommandName> = Extract<ResponseOf<Name>, { ok: true }>['value']

/** The API the preload exposes as `window.sundown`: one method per command, plus change subscriptions. */
export type SundownApi = {
  [Name in CommandName]: (
    ...payload: RequestOf<Name> extends undefined ? [] : [RequestOf<Name>]
  ) => Promise<ResponseOf<Name>>
} & {
  onTodayChanged(listener: (today: TodayState) => void): () => void
  onDevicesChanged(listener: (devices: DevicesState) => void): () => void
}
