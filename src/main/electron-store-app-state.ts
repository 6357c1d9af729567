/** App state that is not history (last heartbeat, questions asked, reports shown) in one small electron-store file. */
import * as v from 'valibot'
import { InstantSchema, LocalDateSchema } from '../shared/day-event-schema'
import type { AppMemory } from './day-service'
import { openValidatedStore, type StoreFileOptions } from './electron-store-validated'

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

/** The small facts the app must remember across restarts without adding to the history. */
export interface AppStateStore extends AppMemory {
  /** Whether the report of a file moved aside (by its new path) was already shown. */
  wasDamageReported(movedTo: string): boolean
  markDamageReported(movedTo: string): void
}

/** Keeps the newest entries: the lists only answer recent questions, so they must not grow forever. */
const remember = (list: readonly string[], entry: string, limit: number): string[] =>
  [...list.filter((known) => known !== entry), entry].slice(-limit)

/** Opens the app state store. */
export function createAppStateStore(options: StoreFileOptions): AppStateStore {
  const { store, value } = openValidatedStore<AppState>({
    ...options,
    name: 'app-state',
    parse: (content) => {
      const parsed = v.safeParse(AppStateSchema, content)
      return parsed.success ? parsed.output : null
    },
    empty: () => ({}),
  })
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
