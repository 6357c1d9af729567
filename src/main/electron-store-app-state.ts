/** App state that is not history (last heartbeat, questions asked, reports shown) in one small electron-store file. */
import { join } from 'node:path'
import ElectronStore from 'electron-store'
import * as v from 'valibot'
import type { Instant, LocalDate } from '../core'
import { InstantSchema, LocalDateSchema } from '../shared/day-event-schema'
import { openQuarantiningDamage } from './damaged-file-quarantine'

/** A heartbeat is persisted at most this often: often enough to infer a leave time, rarely enough to spare the disk. */
export const HEARTBEAT_WRITE_INTERVAL_MS = 5 * 60_000
const REMEMBERED_DATES = 62
const REMEMBERED_REPORTS = 100

const AppStateSchema = v.strictObject({
  heartbeat: v.optional(v.strictObject({ date: LocalDateSchema, at: InstantSchema })),
  confirmationsAsked: v.optional(v.pipe(v.array(LocalDateSchema), v.maxLength(REMEMBERED_DATES))),
  damageReported: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(4096))), v.maxLength(REMEMBERED_REPORTS)),
  ),
})

type AppState = v.InferOutput<typeof AppStateSchema>

/** Where the file lives and whom to tell when it was damaged. */
export interface AppStateStoreOptions {
  cwd: string
  /** Only the quarantine timestamp reads it. */
  clock?: { now(): number }
  /** Called once with the new path of a file that was moved aside. */
  onDamaged: (movedTo: string) => void
}

/** The small facts the app must remember across restarts without adding to the history. */
export interface AppStateStore {
  /** The last heartbeat that reached the disk. */
  lastHeartbeat(): { date: LocalDate; at: Instant } | null
  /** Overwrites the heartbeat when the date changed or the interval passed; true when it wrote. */
  recordHeartbeat(date: LocalDate, at: Instant): boolean
  wasConfirmationAsked(date: LocalDate): boolean
  markConfirmationAsked(date: LocalDate): void
  /** Whether the report of a file moved aside (by its new path) was already shown. */
  wasDamageReported(movedTo: string): boolean
  markDamageReported(movedTo: string): void
}

/** Keeps the newest entries: the lists only answer recent questions, so they must not grow forever. */
const remember = (list: readonly string[], entry: string, limit: number): string[] =>
  [...list.filter((known) => known !== entry), entry].slice(-limit)

/** Opens the app state store. */
export function createAppStateStore(options: AppStateStoreOptions): AppStateStore {
  const { cwd, clock = { now: Date.now }, onDamaged } = options
  const { store, value } = openQuarantiningDamage<ElectronStore<Record<string, unknown>>, AppState>(
    {
      path: join(cwd, 'app-state.json'),
      open: () => new ElectronStore<Record<string, unknown>>({ cwd, name: 'app-state' }),
      check: (content) => {
        if (content === undefined) return {}
        const parsed = v.safeParse(AppStateSchema, content)
        return parsed.success ? parsed.output : null
      },
      fallback: {},
      nowMs: () => clock.now(),
      onDamaged,
    },
  )
  const state = value
  const save = <K extends keyof AppState>(key: K, entry: NonNullable<AppState[K]>): void => {
    // Checked like a read would check it: a value the schema refuses would cost the whole file next start.
    v.parse(AppStateSchema, { ...state, [key]: entry })
    store.set(key, entry)
    state[key] = entry
  }

  return {
    lastHeartbeat: () => (state.heartbeat ? { ...state.heartbeat } : null),
    recordHeartbeat(date, at) {
      const last = state.heartbeat
      const due =
        !last || last.date !== date || at < last.at || at - last.at >= HEARTBEAT_WRITE_INTERVAL_MS
      if (due) save('heartbeat', { date, at })
      return due
    },
    wasConfirmationAsked: (date) => state.confirmationsAsked?.includes(date) ?? false,
    markConfirmationAsked(date) {
      save('confirmationsAsked', remember(state.confirmationsAsked ?? [], date, REMEMBERED_DATES))
    },
    wasDamageReported: (movedTo) => state.damageReported?.includes(movedTo) ?? false,
    markDamageReported(movedTo) {
      save('damageReported', remember(state.damageReported ?? [], movedTo, REMEMBERED_REPORTS))
    },
  }
}
