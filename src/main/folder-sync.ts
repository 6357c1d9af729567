/** Sync through a folder: publishes this device's events and settings into its own folder, and merges what the other devices wrote. */
import { join } from 'node:path'
import type { Instant, LocalDate } from '../core'
import type { SyncProblem } from '../shared/devices-state'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { JournaledDayEventStore } from './electron-store-day-journal'
import type { SettingsStore } from './electron-store-settings'
import { devicesFolderOf } from './jsonl-device-folder'
import type { Logger } from './logger'
import { createReadPositions } from './sync-read-positions'
import { createSyncProblems } from './sync-devices-state'
import { folderSyncCommands } from './sync-folder-commands'
import { createFolderJoin, type SyncSession } from './sync-folder-join'
import { createFolderPresence } from './sync-folder-presence'
import { syncGuard } from './sync-guard'
import { createOwnSide } from './sync-own-side'
import { publishOnStore } from './sync-publish-on-store'
import { createRemoteReader } from './sync-remote-files'
import { createSharedSettingsSync } from './sync-shared-settings'
import type { Storage } from './storage'
import type { StoredWrites } from './stored-writes-feed'

export { DEVICE_FILE_REFRESH_MS, type ChangedFile } from './sync-folder-commands'

/** What the sync reaches. */
export interface FolderSyncDeps {
  identity: DeviceIdentityStore
  days: JournaledDayEventStore
  settings: SettingsStore
  writes: StoredWrites
  /** This device's data folder: copies of damaged files and tidied conflict copies go under it. */
  dataFolder: string
  platform: string
  now: () => Instant
  today: () => LocalDate
  newId: () => string
  logger: Logger
  /** The merged record changed (new events, another device's role): re-replay and re-plan. */
  recordChanged(): void
  /** Another device's shared settings were written here: put them to work. */
  settingsApplied(): void
  stateChanged(): void
  /** A problem the user is told of once (folder missing, re-keyed). */
  tell(problem: SyncProblem): void
}

/** The stores the sync works over, as storage.ts opened them. */
export const syncStoresOf = (
  storage: Pick<Storage, 'identity' | 'days' | 'settings' | 'writes' | 'folder'>,
): Pick<FolderSyncDeps, 'identity' | 'days' | 'settings' | 'writes' | 'dataFolder'> => ({
  identity: storage.identity,
  days: storage.days,
  settings: storage.settings,
  writes: storage.writes,
  dataFolder: storage.folder,
})

/** The sync engine; `changed` and `tick` are driven by the watcher and the watchdog. */
export type FolderSync = ReturnType<typeof createFolderSync>

/** Creates the engine over the stores; nothing touches the folder until `connect()`. */
export function createFolderSync(deps: FolderSyncDeps) {
  const { identity } = deps
  const aside = join(deps.dataFolder, 'sync-aside')
  const problems = createSyncProblems()
  const shared = createSharedSettingsSync(deps)
  const positions = createReadPositions(identity)
  const session: SyncSession = { status: 'off', lastSyncAt: null }
  // The join, the folder check and the publishing call on each other: through arrows, so each is
  // reached only once all three are made (nothing runs before `connect()` or a store's write).
  const ownSide = createOwnSide({
    ...deps,
    asideFolder: aside,
    settingsCopy: () => shared.ownCopy(),
    weighSettings: (copies) => joining.applySettings(copies),
  })
  const reader = createRemoteReader({
    devicesFolder: () => devicesFolderOf(identity.read().folder ?? ''),
    self: () => identity.read().id,
    asideFolder: aside,
    now: deps.now,
    positions,
  })
  const presence = createFolderPresence({
    ...deps,
    session,
    problems,
    ownSide,
    forgetWaiting: () => publishing.forgetWaiting(),
    rejoin: () => joining.connect(true),
  })
  // A failure never reaches recording or start-up; a folder that went away is noticed at once.
  const guarded = syncGuard(deps.logger, presence.noticeGone)
  const joining = createFolderJoin({
    ...deps,
    session,
    problems,
    shared,
    ownSide,
    reader,
    missing: presence.missing,
    publishWaiting: () => publishing.publishWaiting(),
  })
  const publishing = publishOnStore({
    ...deps,
    session,
    shared,
    ownSide,
    guarded,
    folderThere: presence.folderThere,
    rejoin: () => joining.connect(true),
  })
  return folderSyncCommands({
    ...deps,
    session,
    problems,
    positions,
    ownSide,
    reader,
    joining,
    guarded,
    folderThere: presence.folderThere,
  })
}
