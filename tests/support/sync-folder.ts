// Reads a sync folder the way a test inspects it: every device's events, settings copies and any conflict copy left behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** The folder every device writes under, inside the folder the user chose. */
export const devicesFolderOf = (syncFolder: string): string =>
  join(syncFolder, 'Sundown', 'devices')

/** Every file under `folder`, as paths relative to it (Syncthing's own `.stfolder`/`.stversions` left out). */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('.stfolder') && !path.startsWith('.stversions'))
    .sort()
}

/** The names sync engines give a conflict copy: Syncthing, Dropbox/Nextcloud, OneDrive-style `-<computer>` is told by content, not here. */
const CONFLICT_COPY = /\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}|conflicted copy/i

/** The conflict copies left anywhere under the folder. */
export const conflictCopiesIn = (syncFolder: string): string[] =>
  filesUnder(syncFolder).filter((path) => CONFLICT_COPY.test(path))

/** One event line as a device wrote it (`{ date, event }`): only what the test compares. */
export interface WrittenEvent {
  id: string
  type: string
  at: number
  /** The work date the line files the event under. */
  date: string
  /** The device folder the line is in. */
  device: string
}

/** Every complete event line in every device's `events-YYYY.jsonl`, tagged with the folder's device. */
export function eventsWrittenIn(syncFolder: string): WrittenEvent[] {
  const devices = devicesFolderOf(syncFolder)
  if (!existsSync(devices)) return []
  return readdirSync(devices).flatMap((device) =>
    filesUnder(join(devices, device))
      .filter((file) => /^events-\d{4}\.jsonl$/.test(file))
      .flatMap((file) =>
        readFileSync(join(devices, device, file), 'utf8')
          .split('\n')
          .slice(0, -1)
          .filter((line) => line.trim() !== '')
          .map((line) => {
            const { date, event } = JSON.parse(line) as {
              date: string
              event: { id: string; type: string; at: number }
            }
            return { id: event.id, type: event.type, at: event.at, date, device }
          }),
      ),
  )
}

/** A hybrid logical clock stamp: wall time, then counter, then device id break ties. */
export interface Stamp {
  wallMs: number
  counter: number
  device: string
}

/** Orders stamps as the settings rule does: the highest wins everywhere. */
export const compareStamps = (a: Stamp, b: Stamp): number =>
  a.wallMs - b.wallMs ||
  a.counter - b.counter ||
  (a.device < b.device ? -1 : a.device > b.device ? 1 : 0)

/** The copy with the highest stamp: the shared settings every device must end with. */
export function winningSettings(syncFolder: string): Record<string, unknown> {
  const [winner] = settingsCopiesIn(syncFolder).sort((a, b) => compareStamps(b.stamp, a.stamp))
  if (!winner) throw new Error(`No settings copy in ${syncFolder}`)
  return winner.shared
}

/** The fields of `settings` that a shared copy carries, to compare with it. */
export const sharedPartOf = (settings: object, copy: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(copy).map((key) => [key, (settings as Record<string, unknown>)[key]]),
  )

/** Each device's stamped copy of the shared settings (`settings.json` in its folder). */
export function settingsCopiesIn(
  syncFolder: string,
): { device: string; stamp: Stamp; shared: Record<string, unknown> }[] {
  const devices = devicesFolderOf(syncFolder)
  if (!existsSync(devices)) return []
  return readdirSync(devices)
    .filter((device) => existsSync(join(devices, device, 'settings.json')))
    .map((device) => {
      const copy = JSON.parse(readFileSync(join(devices, device, 'settings.json'), 'utf8')) as {
        stamp: Stamp
        shared: Record<string, unknown>
      }
      return { device, stamp: copy.stamp, shared: copy.shared }
    })
}
