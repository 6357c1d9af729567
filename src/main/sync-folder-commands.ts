/** What the app asks of the folder sync: join, read what changed, the watchdog's tick, turn on and off, this device's name and role, the Devices state. */
import type { DeviceId, Instant } from '../core'
import { DEVICE_FILE, syncFileName } from '../core/sync-file-names'
import type { DevicesState } from '../shared/devices-state'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import { devicesStateOf, rolesOf, type createSyncProblems } from './sync-devices-state'
import type { createFolderJoin, SyncSession } from './sync-folder-join'
import type { syncGuard } from './sync-guard'
import type { createOwnSide } from './sync-own-side'
import type { createReadPositions } from './sync-read-positions'
import type { createRemoteReader } from './sync-remote-files'

/** device.json is rewritten at most this often while the app runs: "last seen" to a few minutes. */
export const DEVICE_FILE_REFRESH_MS = 5 * 60_000

/** A file the watcher saw change: which device's folder, which name. */
export interface ChangedFile {
  device: DeviceId
  name: string
}

/** What the commands reach. */
export interface FolderCommandsDeps {
  identity: DeviceIdentityStore
  platform: string
  now: () => Instant
  /** The merged record changed (this device's role): re-replay and re-plan. */
  recordChanged(): void
  stateChanged(): void
  session: SyncSession
  problems: ReturnType<typeof createSyncProblems>
  positions: ReturnType<typeof createReadPositions>
  ownSide: ReturnType<typeof createOwnSide>
  reader: ReturnType<typeof createRemoteReader>
  joining: Pick<ReturnType<typeof createFolderJoin>, 'connect' | 'rekey' | 'taken'>
  /** Keeps a failure from reaching recording or start-up. */
  guarded: ReturnType<typeof syncGuard>
  folderThere(): boolean
}

/** The sync's commands; every one that touches the folder is guarded. */
export function folderSyncCommands(deps: FolderCommandsDeps) {
  const { identity, session, problems, positions, ownSide, reader, joining, guarded } = deps
  const { folderThere } = deps
  const self = () => identity.read().id

  return {
    connect: guarded('join the sync folder', joining.connect, undefined),
    /** Files the watcher saw change: another device's are read from their positions; the own folder is checked. */
    changed: guarded(
      'read the changed files',
      (files: readonly ChangedFile[]) => {
        const none = { bytesRead: 0 }
        if (!folderThere()) return none
        const own = files.filter((file) => file.device === self())
        if (
          own.some(
            (file) => file.name === DEVICE_FILE || syncFileName(file.name).kind === 'conflict-copy',
          )
        ) {
          if (ownSide.anotherWriter()) {
            joining.rekey()
            return none
          }
        }
        return joining.taken(reader.readChanged(files))
      },
      { bytesRead: 0 },
    ),
    /**
     * On the watchdog's tick: the folder still there, device.json's "last seen" fresh, what
     * arrived read (a watcher can miss a change: a network share, a folder made mid-scan), and
     * positions kept.
     */
    tick: guarded(
      'check the sync folder',
      () => {
        if (folderThere()) {
          if (deps.now() - (ownSide.lastSeenAt() ?? 0) >= DEVICE_FILE_REFRESH_MS) {
            if (ownSide.anotherWriter()) joining.rekey()
            else ownSide.writeDevice()
          }
          if (session.status === 'syncing') joining.taken(reader.readAll())
        }
        positions.keep()
      },
      undefined,
    ),
    /** Every file read again from its position: after a watcher error or a restart of it. */
    readAll: guarded(
      'read the sync folder',
      () => (folderThere() ? joining.taken(reader.readAll()) : { bytesRead: 0 }),
      { bytesRead: 0 },
    ),
    turnOn: guarded(
      'join the sync folder',
      (folder: string) => {
        identity.update({ folder })
        problems.clear(() => false)
        session.status = 'off'
        joining.connect(true)
      },
      undefined,
    ),
    stop(): void {
      positions.keep()
      identity.update({ folder: null, pendingPublish: false })
      ownSide.leave()
      session.status = 'off'
      problems.clear(() => false)
      deps.stateChanged()
    },
    saveThisDevice(device: { name: string; countsAsWork: boolean }): void {
      const rolesChanged = device.countsAsWork !== identity.read().countsAsWork
      identity.update({ name: device.name.trim().slice(0, 100), countsAsWork: device.countsAsWork })
      if (folderThere()) guarded('write device.json', ownSide.writeDevice, undefined)()
      if (rolesChanged) deps.recordChanged()
      deps.stateChanged()
    },
    roles: () => rolesOf(identity.read()),
    state: (): DevicesState =>
      devicesStateOf(identity.read(), {
        platform: deps.platform,
        status: session.status,
        lastSeenAt: ownSide.lastSeenAt(),
        lastSyncAt: session.lastSyncAt,
        problems: problems.list(),
      }),
    /** Writes the read positions now (at quit); otherwise they are kept on the tick. */
    keepPositions: () => positions.keep(),
  }
}
