/** The names of the files in a device's sync folder, and how sync tools rename, copy and half-write them. */

/** A device's description: name, platform, whether it counts as work, last seen. */
export const DEVICE_FILE = 'device.json'
/** A device's stamped copy of the shared settings. */
export const SETTINGS_FILE = 'settings.json'

/** One year of a device's events, as JSON Lines: `events-2026.jsonl`. */
export const eventsFileName = (year: number): string =>
  `events-${String(year).padStart(4, '0')}.jsonl`

/** A file Sundown writes in a device's folder. */
export type SundownFile =
  { kind: 'events'; year: number } | { kind: 'device' } | { kind: 'settings' }

/** A sync tool that leaves conflict copies beside the file it could not settle. */
export type ConflictEngine = 'syncthing' | 'dropbox' | 'onedrive' | 'nextcloud' | 'icloud'

/** What a name in a device's folder is: ours, a sync tool's conflict copy of ours, or nothing to read. */
export type SyncFileName =
  | SundownFile
  | { kind: 'conflict-copy'; of: SundownFile; engine: ConflictEngine }
  | { kind: 'ignored' }

const DEVICE_ID = /^[A-Za-z0-9-]{1,64}$/

/** Whether a folder name under `devices/` can be a device id (the same rule as the event schema's). */
export function isDeviceId(name: string): boolean {
  return DEVICE_ID.test(name)
}

/** One of our own names exactly, or null. */
function sundownFile(name: string): SundownFile | null {
  if (name === DEVICE_FILE) return { kind: 'device' }
  if (name === SETTINGS_FILE) return { kind: 'settings' }
  const events = /^events-(\d{4})\.jsonl$/.exec(name)
  return events ? { kind: 'events', year: Number(events[1]) } : null
}

// Every tool inserts its marker between our stem and our extension, and all our names have one
// dot, so each pattern is anchored on the stem: a temporary file (`.syncthing.…`, `~$…`,
// `….part`) never starts with one and falls through to ignored.
const STEM = String.raw`(events-\d{4}|device|settings)`
const EXT = String.raw`(\.jsonl?)`
const marked = (marker: string) => new RegExp(`^${STEM}${marker}${EXT}$`, 'u')

const CONFLICT_PATTERNS: readonly { engine: ConflictEngine; pattern: RegExp }[] = [
  // lib/model/folder_sendrecv.go conflictName: `.sync-conflict-20060102-150405-` + short device id.
  { engine: 'syncthing', pattern: marked(String.raw`\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}`) },
  // Nextcloud desktop makeConflictFileName: ` (conflicted copy [user ]yyyy-MM-dd hhmmss)`.
  {
    engine: 'nextcloud',
    pattern: marked(String.raw` \(conflicted copy (?:[^()]+ )?\d{4}-\d{2}-\d{2} \d{6}\)`),
  },
  // The older ownCloud/Nextcloud tag: `_conflict-[user-]yyyymmdd-hhmmss`.
  { engine: 'nextcloud', pattern: marked(String.raw`_conflict-(?:[^.]+-)?\d{8}-\d{6}`) },
  // ` (Jane's conflicted copy 2026-12-07)`, with or without the owner, and ` (1)` counters.
  {
    engine: 'dropbox',
    pattern: marked(
      String.raw` \((?:[^()]+['’]s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?(?: \(\d+\))?\)(?: \(\d+\))?`,
    ),
  },
  // `-<computer name>` (and `-<name>-2` on a repeat); Linux clients use the host name, longer than 15.
  { engine: 'onedrive', pattern: marked(String.raw`-[A-Za-z0-9][A-Za-z0-9-]{0,62}`) },
  // iCloud Drive keeps both as `settings 2.json`.
  { engine: 'icloud', pattern: marked(String.raw` [2-9]\d*`) },
]

/** What a file name in a device's folder is. */
export function syncFileName(fileName: string): SyncFileName {
  const own = sundownFile(fileName)
  if (own) return own
  for (const { engine, pattern } of CONFLICT_PATTERNS) {
    const match = pattern.exec(fileName)
    const of = match ? sundownFile(`${match[1]}${match[2]}`) : null
    if (of) return { kind: 'conflict-copy', of, engine }
  }
  return { kind: 'ignored' }
}
