// What the Devices section can find: a laptop syncing with a work desktop and a personal tablet, with and without problems.
import type { DevicesState } from '../../../src/shared/ipc-contract'
import { instantOf } from '../support/fake-sundown'

/** The day and the moment (18:00) the devices are seen from. */
export const DATE = '2026-11-24'
export const DEVICES_NOW = instantOf(DATE, '18:00')
const MINUTE = 60_000

/** The laptop syncing through a Syncthing folder with a work desktop and a personal tablet. */
export const syncingWithTwo: DevicesState = {
  thisDevice: {
    id: 'laptop-1',
    name: 'Laptop',
    platform: 'linux',
    countsAsWork: true,
    lastSeenAt: DEVICES_NOW,
  },
  folder: '/home/ada/Sync',
  status: 'syncing',
  lastSyncAt: DEVICES_NOW - 2 * MINUTE,
  problems: [],
  others: [
    {
      id: 'desktop-1',
      name: 'Desktop',
      platform: 'win32',
      countsAsWork: true,
      lastSeenAt: DEVICES_NOW - 5 * MINUTE,
    },
    {
      id: 'tablet-1',
      name: 'Tablet',
      platform: 'darwin',
      countsAsWork: false,
      lastSeenAt: DEVICES_NOW - 2 * 24 * 60 * MINUTE,
    },
  ],
}

/** The same, with every problem at once: the folder gone, the desktop's file damaged, and a new id. */
export const syncingWithProblems: DevicesState = {
  ...syncingWithTwo,
  status: 'folder-missing',
  problems: [
    { kind: 'folder-missing', folder: '/home/ada/Sync', since: DEVICES_NOW - 30 * MINUTE },
    {
      kind: 'damaged-file',
      device: 'desktop-1',
      file: 'events-2026.jsonl',
      movedTo: '/home/ada/.config/Sundown/damaged/desktop-1-events-2026.jsonl',
    },
    { kind: 'rekeyed', previousId: 'laptop-0', at: DEVICES_NOW - 60 * MINUTE },
  ],
}
