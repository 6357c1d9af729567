/** Which settings travel between devices through the sync folder, and which stay on each device. */
import type { Settings } from './settings'

/**
 * Settings every device shares: the plan, the reminders and the ritual, and the figures that judge
 * the day (away threshold, departure minimum, rollover hour), since each device replays the same
 * merged day and must reach the same leave time.
 */
export const SHARED_SETTING_KEYS = [
  'weekly',
  'seasons',
  'overrides',
  'graceMinutes',
  'headsUpMinutes',
  'snoozeMinutes',
  'reminderLimit',
  'awayThresholdMinutes',
  'departureMinimumMinutes',
  'rolloverHour',
  'ritualSteps',
] as const satisfies readonly (keyof Settings)[]

/** Settings that belong to one machine: its language, its keyboard shortcut, its login item. */
export const PER_DEVICE_SETTING_KEYS = [
  'language',
  'shortcut',
  'launchAtLogin',
] as const satisfies readonly (keyof Settings)[]

/** The part of the settings one device's copy in the sync folder carries. */
export type SharedSettings = Pick<Settings, (typeof SHARED_SETTING_KEYS)[number]>

// `version` describes the file format, not the user's choice, so it is neither shared nor per device.
type Unclassified = Exclude<
  keyof Settings,
  (typeof SHARED_SETTING_KEYS)[number] | (typeof PER_DEVICE_SETTING_KEYS)[number] | 'version'
>
// Fails to compile, naming the key, when a setting is added without deciding whether it travels.
const everySettingClassified: [Unclassified] extends [never] ? true : Unclassified = true
void everySettingClassified

/** Only the shared keys of an object, even if it carries more (another device's newer copy). */
const pickShared = (source: SharedSettings): SharedSettings =>
  Object.fromEntries(SHARED_SETTING_KEYS.map((key) => [key, source[key]])) as SharedSettings

/** The shared part of these settings. */
export function sharedPartOf(settings: Settings): SharedSettings {
  return pickShared(settings)
}

/** This device's settings with another device's shared part: per-device fields stay. */
export function withSharedPart(local: Settings, shared: SharedSettings): Settings {
  return { ...local, ...pickShared(shared) }
}

/** Equal as JSON: key order does not matter, and a key holding undefined counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
  }
  const defined = (value: object) =>
    Object.entries(value).filter(([, inner]) => inner !== undefined)
  const entriesA = defined(a)
  const entriesB = new Map(defined(b))
  return (
    entriesA.length === entriesB.size &&
    entriesA.every(([key, inner]) => entriesB.has(key) && sameJson(inner, entriesB.get(key)))
  )
}

/** Whether two settings agree on everything shared (so a save that changed only the language stamps nothing). */
export function sameSharedPart(a: Settings, b: Settings): boolean {
  return SHARED_SETTING_KEYS.every((key) => sameJson(a[key], b[key]))
}
