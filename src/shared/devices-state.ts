/** What the Devices section shows: this device, the sync folder and its status, and the other devices. */
import type { DeviceId, Instant } from '../core'

/** One device as its `device.json` in the sync folder describes it. */
export interface DeviceSummary {
  id: DeviceId
  name: string
  /** `process.platform` of the device: darwin, win32, linux. */
  platform: string
  /** Whether its activity counts as work; a personal device records nothing toward work. */
  countsAsWork: boolean
  /** When it last wrote its `device.json`; null when it never has. */
  lastSeenAt: Instant | null
}

/** A problem the sync folder has, each told once and shown in the Devices section until it clears. */
export type SyncProblem =
  /** The folder is gone (unmounted drive, offline share, deleted): recording goes on locally. */
  | { kind: 'folder-missing'; folder: string; since: Instant }
  /** Another device's file could not be read; a copy was moved aside into this device's data folder. */
  | { kind: 'damaged-file'; device: DeviceId; file: string; movedTo: string }
  /** Another machine used this device's id (a cloned disk, a restored backup): this one took a new id. */
  | { kind: 'rekeyed'; previousId: DeviceId; at: Instant }

/** The sync folder and the devices in it, pushed on every change while sync is on. */
export interface DevicesState {
  thisDevice: DeviceSummary
  /** The folder the user chose (Sundown writes under `<folder>/Sundown/`), or null when sync is off. */
  folder: string | null
  /** `off`: no folder; `syncing`: folder present and read; `folder-missing`: see problems. */
  status: 'off' | 'syncing' | 'folder-missing'
  /** When the folder was last read in full or in part; null before the first read. */
  lastSyncAt: Instant | null
  problems: SyncProblem[]
  /** The other devices found in the folder, most recently seen first. */
  others: DeviceSummary[]
}
