// A `window.sundown` for renderer tests: the real day service and command handlers over an in-memory log, behind the real IPC validation, answering results as main does.
import {
  DEFAULT_SETTINGS,
  ONE_DEVICE,
  instantAt,
  validateSettings,
  zoneChange,
  type DayEvent,
  type Instant,
  type LocalDate,
  type Settings,
} from '../../../src/core'
import { createCommandHandlers } from '../../../src/main/command-handlers'
import { createDayService, type AppMemory } from '../../../src/main/day-service'
import { setupIpcHandlers } from '../../../src/main/ipc-handlers'
import { summarizeStoredMonth } from '../../../src/main/month-service'
import { COMMAND_NAMES, channelOf } from '../../../src/shared/ipc-channels'
import { done } from '../../../src/shared/ipc-result'
import type {
  CommandName,
  DevicesState,
  IpcProblem,
  SundownApi,
  TodayState,
} from '../../../src/shared/ipc-contract'
import type { OsClock } from '../../../src/shared/format/hour-cycle'
import { resolveLanguage, resolveLocale, type Localization } from '../../../src/shared/messages'
import { MESSAGES } from '../../../src/shared/messages/all'

/** The zone the test days are lived in. */
export const ZONE = 'Europe/Berlin'

/** A day event without id and instant, placed by wall-clock time. */
export type Happening = DayEvent extends infer E
  ? E extends DayEvent
    ? Omit<E, 'id' | 'at'> & { time: string }
    : never
  : never

/** One device, a laptop, with sync off: what a first start finds. `id` is the device records are replayed as. */
export const laptopSyncOff = (id: string = ONE_DEVICE.self): DevicesState => ({
  thisDevice: { id, name: 'Laptop', platform: 'linux', countsAsWork: true, lastSeenAt: null },
  folder: null,
  status: 'off',
  lastSyncAt: null,
  problems: [],
  others: [],
})

/** What a test starts from: a wall-clock now and the days' events. */
export interface FakeOptions {
  date: LocalDate
  time: string
  settings?: Settings
  days?: Record<LocalDate, Happening[]>
  undeliveredPrompt?: boolean
  /** The system's preferred languages; the browser's own unless a test says otherwise. */
  osLocales?: readonly string[]
  /** What the OS says of the user's clock (a 24-hour switch, a region); nothing unless a test says. */
  osClock?: OsClock
  /** What the Devices section finds; sync off on a device called Laptop unless a test says. */
  devices?: DevicesState
  /** The folder the picker answers; none: the user cancels it. */
  chosenSyncFolder?: string
}

/** One request the renderer made. */
export interface Call {
  name: CommandName
  payload: unknown
}

/** The instant of `time` (`HH:MM`) on `date` in the test zone. */
export const instantOf = (date: LocalDate, time: string): Instant => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, ZONE)
}

/** A clock time as the renderer writes it (the user's locale), for expectations. */
export const shownClock = (date: LocalDate, time: string): string =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: ZONE }).format(
    instantOf(date, time),
  )

/** Builds the fake, installs it as `window.sundown`, and returns handles for the test. */
export function installFakeSundown(options: FakeOptions) {
  let now = instantOf(options.date, options.time)
  let settings = options.settings ?? DEFAULT_SETTINGS
  let nextId = 0
  const log = new Map<LocalDate, DayEvent[]>()
  for (const [date, happenings] of Object.entries(options.days ?? {})) {
    log.set(
      date,
      happenings.map(({ time, ...body }) => ({
        ...body,
        id: `seed-${nextId++}`,
        at: instantOf(date, time),
      })) as DayEvent[],
    )
  }
  let heartbeat: { date: LocalDate; at: Instant } | null = null
  const asked = new Set<LocalDate>()
  const memory: AppMemory = {
    lastHeartbeat: () => heartbeat,
    recordHeartbeat: (date, at) => {
      heartbeat = { date, at }
      return true
    },
    wasConfirmationAsked: (date) => asked.has(date),
    markConfirmationAsked: (date) => void asked.add(date),
  }
  // As main resolves it: the language setting against the system's languages, re-read on every call.
  const localization = (): Localization => {
    const osLocales = options.osLocales ?? navigator.languages
    const language = resolveLanguage(settings.language, osLocales)
    return {
      language,
      locale: resolveLocale(settings.language, osLocales),
      messages: MESSAGES[language],
    }
  }
  // A zone a page reports moves the day, as in main (src/main/zone-tracker.ts).
  let zone = ZONE
  const zones = {
    observe: (observed: string) => {
      const next = zoneChange(zone, observed)
      if (next === null) return false
      zone = next
      day.changed()
      return true
    },
  }
  const day = createDayService({
    now: () => now,
    zone: () => zone,
    settings: () => settings,
    log: {
      append: (date, event) => void log.set(date, [...(log.get(date) ?? []), event]),
      eventsFor: (date) => log.get(date) ?? [],
    },
    memory,
    newId: () => `event-${nextId++}`,
    idleDetection: () => 'available',
    undeliveredPrompt: () => options.undeliveredPrompt ?? false,
    localization,
    osClock: () => options.osClock ?? {},
  })
  // The Devices section's side of main, in memory: a folder picked answers the one the test names.
  let devices: DevicesState = options.devices ?? laptopSyncOff()
  const devicesListeners = new Set<(devices: DevicesState) => void>()
  const handlers = createCommandHandlers({
    devices: {
      state: () => devices,
      chooseFolder: async () => {
        if (options.chosenSyncFolder === undefined) return done(devices)
        devices = {
          ...devices,
          folder: options.chosenSyncFolder,
          status: 'syncing',
          lastSyncAt: now,
        }
        return done(devices)
      },
      stop: () => (devices = { ...devices, folder: null, status: 'off', problems: [], others: [] }),
      saveThisDevice: (device) =>
        (devices = { ...devices, thisDevice: { ...devices.thisDevice, ...device } }),
    },
    day,
    settings: {
      read: () => settings,
      write: (next) => {
        const checked = validateSettings(next)
        if (!checked.ok) return { ok: false, errors: checked.errors }
        settings = checked.settings
        return { ok: true }
      },
    },
    month: (month) =>
      summarizeStoredMonth(
        {
          now: () => now,
          zone: () => ZONE,
          settings: () => settings,
          eventsFor: (date) => log.get(date) ?? [],
          today: () => day.dateOf(now),
        },
        month,
      ),
    saveMonthReview: () => undefined,
    views: { show: () => undefined, hide: () => undefined },
    transfer: {
      exportData: async () => ({ saved: false, path: null }),
      importData: async () => ({ imported: 0, skipped: 0 }),
    },
    zones,
  })

  const channels = new Map<string, (event: unknown, payload: unknown) => unknown>()
  setupIpcHandlers(
    {
      handle: (channel: string, handler: (event: never, payload: unknown) => unknown) =>
        void channels.set(channel, handler as (event: unknown, payload: unknown) => unknown),
      removeHandler: (channel: string) => void channels.delete(channel),
    } as never,
    handlers,
    () => true,
    // A handler that throws is a bug in the test's day: say it loudly, as main's log would keep it.
    {
      warn: (message) => console.warn(message),
      error: (message, error) => console.error(message, error),
    },
  )

  const calls: Call[] = []
  const refusals = new Map<CommandName, IpcProblem>()
  const invoke = async (name: CommandName, payload: unknown) => {
    calls.push({ name, payload })
    const channel = channelOf(name)
    const refusal = refusals.get(name)
    if (refusal) {
      refusals.delete(name)
      return { ok: false, problem: structuredClone(refusal) }
    }
    const handler = channels.get(channel)
    // Electron's invoke rejects only when nothing handles the channel.
    if (!handler) throw new Error(`Error invoking remote method '${channel}': no handler`)
    // Structured clone, as IPC does: the renderer never shares objects with main.
    return structuredClone(await handler({ senderFrame: { url: 'file:///sundown' } }, payload))
  }

  const api = {
    ...Object.fromEntries(
      COMMAND_NAMES.map((name) => [name, (payload?: unknown) => invoke(name, payload)]),
    ),
    onDevicesChanged: (listener: (devices: DevicesState) => void) => {
      devicesListeners.add(listener)
      return () => void devicesListeners.delete(listener)
    },
    onTodayChanged: (listener: (today: TodayState) => void) =>
      day.onChange((state) => {
        const copy = structuredClone(state)
        queueMicrotask(() => listener(copy))
      }),
  } as SundownApi
  window.sundown = api

  return {
    api,
    calls,
    /** The payloads of every call to `name`, in order. */
    callsTo: (name: CommandName) =>
      calls.filter((call) => call.name === name).map((c) => c.payload),
    /** Makes the next call to `name` answer this refusal, as the main process would. */
    refuseNext: (name: CommandName, problem: IpcProblem) => void refusals.set(name, problem),
    /** Moves the main process's clock. */
    setTime: (date: LocalDate, time: string) => void (now = instantOf(date, time)),
    /** Today as main would push it now. */
    today: () => day.today(),
    /** The devices as main holds them now. */
    devices: () => devices,
    /** Changes what main knows of the devices (a read, a problem) and pushes it, as main does. */
    pushDevices: (next: DevicesState) => {
      devices = next
      for (const listener of devicesListeners) {
        const copy = structuredClone(next)
        queueMicrotask(() => listener(copy))
      }
    },
    /** Tells open views that something changed, as main does after any event. */
    push: () => void day.changed(),
    answersOf: (date: LocalDate) =>
      (log.get(date) ?? []).flatMap((event) =>
        event.type === 'ritual-answer' ? [{ stepId: event.stepId, answer: event.answer }] : [],
      ),
  }
}

/** The handle a test gets from installFakeSundown. */
export type FakeSundown = ReturnType<typeof installFakeSundown>
