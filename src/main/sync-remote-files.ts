/** Reads other devices' folders in the sync folder: new event lines from saved positions, their device.json, their settings copies. */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { DeviceId, HlcStamp, LocalDate } from '../core'
import { isDeviceId, syncFileName } from '../core/sync-file-names'
import type { DeviceSummary } from '../shared/devices-state'
import type { ReadPosition } from './electron-store-device-identity'
import type { DayEvents } from './electron-store-day-events'
import { readAppended } from './jsonl-appended-reader'
import { copyAside, parseEventLine, readJson, type EventLine } from './jsonl-device-folder'

/** A copy of the shared settings as one device wrote it (or a conflict copy of it). */
export interface SettingsCopy {
  stamp: HlcStamp
  shared: Record<string, unknown>
}

/** A remote file that did not parse: a copy of it is in this device's data folder. */
export interface DamagedRemoteFile {
  device: DeviceId
  file: string
  movedTo: string
}

/** What one read of the folder found. */
export interface RemoteFindings {
  days: DayEvents[]
  settings: SettingsCopy[]
  devices: DeviceSummary[]
  damaged: DamagedRemoteFile[]
  /** Files that read clean again after being damaged. */
  healed: string[]
  bytesRead: number
}

const StampSchema = v.object({
  wallMs: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  counter: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  device: v.pipe(v.string(), v.maxLength(64)),
})
const SettingsFileSchema = v.object({
  stamp: StampSchema,
  shared: v.record(v.string(), v.unknown()),
})
const DeviceFileSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  platform: v.pipe(v.string(), v.maxLength(20)),
  countsAsWork: v.boolean(),
  lastSeenAt: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
})

/** Which kind a file is, looking through a conflict copy to the file it copies. */
export function fileKindOf(name: string): 'events' | 'device' | 'settings' | 'ignored' {
  const kind = syncFileName(name)
  return kind.kind === 'conflict-copy' ? kind.of.kind : kind.kind
}

/** The settings copy in a file, or null when it is not one. */
export function readSettingsCopy(path: string): SettingsCopy | null {
  const parsed = v.safeParse(SettingsFileSchema, readJson(path))
  return parsed.success ? parsed.output : null
}

/** Reads other devices' files under `devicesFolder`; positions are kept by `positions`. */
export function createRemoteReader(options: {
  devicesFolder: () => string
  self: () => DeviceId
  asideFolder: string
  now: () => number
  positions: {
    get(key: string): ReadPosition | null
    set(key: string, position: ReadPosition): void
  }
}) {
  /** A damaged file is left alone until its size or time changes. */
  const damagedAt = new Map<string, string>()
  const signatureOf = (path: string) => {
    const stat = statSync(path)
    return `${stat.size}:${stat.mtimeMs}`
  }

  function readEvents(device: DeviceId, name: string, found: RemoteFindings): void {
    const path = join(options.devicesFolder(), device, name)
    const key = `${device}/${name}`
    const signature = signatureOf(path)
    if (damagedAt.get(key) === signature) return
    const read = readAppended(path, options.positions.get(key), (line) =>
      parseEventLine(line, device),
    )
    found.bytesRead += read.bytesRead
    options.positions.set(key, read.position)
    found.days.push(...byDate(read.items))
    if (read.badLines > 0) {
      damagedAt.set(key, signature)
      const movedTo = copyAside(path, options.asideFolder, device, options.now())
      found.damaged.push({ device, file: path, movedTo })
    } else if (damagedAt.delete(key)) {
      found.healed.push(path)
    }
  }

  function readFile(device: DeviceId, name: string, found: RemoteFindings): void {
    const kind = fileKindOf(name)
    const path = join(options.devicesFolder(), device, name)
    if (kind === 'events') readEvents(device, name, found)
    else if (kind === 'settings') {
      const copy = readSettingsCopy(path)
      if (copy) found.settings.push(copy)
    } else if (kind === 'device' && syncFileName(name).kind === 'device') {
      const parsed = v.safeParse(DeviceFileSchema, readJson(path))
      if (parsed.success) found.devices.push({ id: device, ...parsed.output })
    }
  }

  const empty = (): RemoteFindings => ({
    days: [],
    settings: [],
    devices: [],
    damaged: [],
    healed: [],
    bytesRead: 0,
  })

  /** Every other device's folder, every file in it. */
  function readAll(): RemoteFindings {
    const found = empty()
    for (const device of listed(options.devicesFolder()).filter(isDeviceId)) {
      if (device === options.self()) continue
      for (const name of listed(join(options.devicesFolder(), device))) {
        tolerating(() => readFile(device, name, found))
      }
    }
    return found
  }

  /** Only the files named (`<device>/<name>`), as a watcher reports them. */
  function readChanged(changed: Iterable<{ device: DeviceId; name: string }>): RemoteFindings {
    const found = empty()
    for (const { device, name } of changed) {
      if (device === options.self() || !isDeviceId(device)) continue
      tolerating(() => readFile(device, name, found))
    }
    return found
  }

  return { readAll, readChanged }
}

/** The names in a folder; none when it is gone. */
export function listed(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

/** A file that vanished between listing and reading (a sync engine's rename) is read on the next event. */
function tolerating(read: () => void): void {
  try {
    read()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** Lines grouped by their work date, in the order they came. */
export function byDate(lines: readonly EventLine[]): DayEvents[] {
  const days = new Map<LocalDate, DayEvents>()
  for (const { date, event } of lines) {
    const day = days.get(date) ?? { date, events: [] }
    day.events.push(event)
    days.set(date, day)
  }
  return [...days.values()]
}
