/** Settings migrations: our own versioned pure steps, because electron-store's migrations are documented as unreliable. */
import { acceleratorProblem, DEFAULT_SETTINGS, WEEKDAYS } from '../core'

/** The version `Settings.version` holds in this build. */
export const CURRENT_SETTINGS_VERSION = 2

type RawSettings = Record<string, unknown>

interface Migration {
  from: number
  to: number
  migrate: (raw: RawSettings) => RawSettings
}

/** The v0 fields that kept their meaning in v1, with the v1 name each one took. */
const V0_CARRIED_FIELDS: Record<string, string> = {
  graceMinutes: 'graceMinutes',
  headsUpMinutes: 'headsUpMinutes',
  remindEveryMinutes: 'snoozeMinutes',
  launchAtLogin: 'launchAtLogin',
}

/**
 * v0 is the shape before settings carried a version: one `endTime` (and an
 * optional `startTime`) for every day in `workdays`, plus a few flat fields.
 * Values are moved, not checked: validation after migration judges them, so a
 * v0 file holding nonsense is quarantined rather than silently "repaired".
 */
function v0ToV1(raw: RawSettings): RawSettings {
  const workdays = Array.isArray(raw['workdays']) ? raw['workdays'] : []
  const end = raw['endTime']
  // Without a start in v0 there is none in v1: inventing 09:00 could clash with an early end.
  const start = raw['startTime'] === undefined ? {} : { start: raw['startTime'] }
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => [
      day,
      workdays.includes(day) ? { workday: true, ...start, end } : { workday: false, end },
    ]),
  )
  const carried = Object.fromEntries(
    Object.entries(V0_CARRIED_FIELDS)
      .filter(([v0Name]) => raw[v0Name] !== undefined)
      .map(([v0Name, v1Name]) => [v1Name, raw[v0Name]]),
  )
  return { ...structuredClone(DEFAULT_SETTINGS), ...carried, weekly, version: 1 }
}

/**
 * v2 checks the shortcut against Electron's accelerator grammar. v1 stored any text, and one
 * Electron could not read never worked; it becomes the default shortcut rather than failing the
 * new check and taking the user's schedule with it into quarantine.
 */
function v1ToV2(raw: RawSettings): RawSettings {
  const shortcut = raw['shortcut']
  const readable = typeof shortcut === 'string' && acceleratorProblem(shortcut) === null
  return { ...raw, shortcut: readable ? shortcut : DEFAULT_SETTINGS.shortcut, version: 2 }
}

/** Every step, oldest first; a new version adds one step here and bumps the current version. */
const MIGRATIONS: readonly Migration[] = [
  { from: 0, to: 1, migrate: v0ToV1 },
  { from: 1, to: 2, migrate: v1ToV2 },
]

const isRecord = (value: unknown): value is RawSettings =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Brings stored settings up to the current version. Settings of the current
 * version, of an unknown future version, or of no recognisable shape are
 * returned untouched (`migratedFrom: null`) for validation to accept or refuse:
 * a newer file is never downgraded.
 */
export function migrateSettings(raw: unknown): { settings: unknown; migratedFrom: number | null } {
  if (!isRecord(raw)) return { settings: raw, migratedFrom: null }
  // v0 predates the version field, so its absence is what marks it.
  const version = raw['version'] ?? 0
  if (typeof version !== 'number' || version >= CURRENT_SETTINGS_VERSION) {
    return { settings: raw, migratedFrom: null }
  }
  let settings = raw
  let at = version
  while (at < CURRENT_SETTINGS_VERSION) {
    const step = MIGRATIONS.find((migration) => migration.from === at)
    if (!step) return { settings: raw, migratedFrom: null }
    settings = step.migrate(settings)
    at = step.to
  }
  return { settings, migratedFrom: version }
}
