/** Sync through a folder: publishes this device's events and settings into its own folder, and merges what the other devices wrote. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { DeviceId, Instant, LocalDate, Settings } from '../core'
import { DEVICE_FILE, syncFileName } from '../core/sync-file-names'
import type { DevicesState, SyncProblem } from '../shared/devices-state'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { DayEvents } from './electron-store-day-events'
import type { JournaledDayEventStore } from './electron-store-day-journal'
import type { SettingsStore } from './electron-store-settings'
import { devicesFolderOf } from './jsonl-device-folder'
import type { Logger } from './logger'
import { createReadPositions } from './sync-read-positions'
import { createSyncProblems, devicesStateOf, rolesOf } from './sync-devices-state'
import { takeFindings } from './sync-findings'
import { syncGuard } from './sync-guard'
import { createOwnSide } from './sync-own-side'
import { createRemoteReader, type RemoteFindings } from './sync-remote-files'
import { createSharedSettingsSync } from './sync-shared-settings'
import type { StoredWrites } from './stored-writes-feed'

/** device.json is rewritten at most this often while the app runs: "last seen" to a few minutes. */
export const DEVICE_FILE_REFRESH_MS = 5 * 60_000

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

/** The sync engine; `changed` and `tick` are driven by the watcher and the watchdog. */
export type FolderSync = ReturnType<typeof createFolderSync>

/** A file the watcher saw change: which device's folder, which name. */
export interface ChangedFile {
  device: DeviceId
  name: string
}

/** Creates the engine over the stores; nothing touches the folder until `connect()`. */
export function createFolderSync(deps: FolderSyncDeps) {
  const { identity, logger } = deps
  const aside = join(deps.dataFolder, 'sync-aside')
  const problems = createSyncProblems()
  const shared = createSharedSettingsSync(deps)
  const positions = createReadPositions(identity)
  let status: DevicesState['status'] = 'off'
  /** Days stored before the first join of this run, waiting for it. */
  const beforeJoin: DayEvents[] = []
  let lastSyncAt: Instant | null = null
  const self = () => identity.read().id
  const chosen = () => identity.read().folder
  const ownSide = createOwnSide({
    ...deps,
    asideFolder: aside,
    settingsCopy: () => shared.ownCopy(),
    weighSettings: (copies) => applySettings(copies),
  })
  const reader = createRemoteReader({
    devicesFolder: () => devicesFolderOf(chosen() ?? ''),
    self,
    asideFolder: aside,
    now: deps.now,
    positions,
  })
  function rekey(): void {
    const previousId = self()
    identity.update({
      id: deps.newId(),
      previousIds: [...identity.read().previousIds, previousId],
      pendingPublish: true,
    })
    const problem: SyncProblem = { kind: 'rekeyed', previousId, at: deps.now() }
    logger.warn(`Another Sundown used this device's id ${previousId}; this one is now ${self()}.`)
    if (problems.add(problem)) deps.tell(problem)
    connect()
  }

  function applySettings(copies: Parameters<typeof shared.receive>[0]): void {
    const outcome = shared.receive(copies)
    if (outcome.refused) logger.warn('Shared settings from another device were refused.')
    if (!outcome.applied) return
    if (status === 'syncing') ownSide.publishSettings()
    deps.settingsApplied()
  }

  /** Appends days to this device's files; what cannot be written is published in full at the next join. */
  function publishOrRemember(days: readonly DayEvents[]): void {
    try {
      ownSide.publish(days)
    } catch (error) {
      logger.warn('Sync: could not append to this device’s file.', error)
      if (!identity.read().pendingPublish) identity.update({ pendingPublish: true })
    }
  }

  function missing(folder: string): void {
    status = 'folder-missing'
    ownSide.leave()
    if (beforeJoin.splice(0).length > 0 && !identity.read().pendingPublish) {
      identity.update({ pendingPublish: true })
    }
    const problem: SyncProblem = { kind: 'folder-missing', folder, since: deps.now() }
    if (problems.add(problem)) {
      logger.warn(`The sync folder is missing: ${folder}. Recording goes on here.`)
      // Once per absence, across restarts: a share often offline must not greet every start.
      if (identity.read().missingToldFor !== folder) {
        identity.update({ missingToldFor: folder })
        deps.tell(problem)
      }
    }
    deps.stateChanged()
  }

  /** Joins the folder: checks the id, publishes what is missing, reads what others wrote. */
  function connect(publishAll = false): void {
    const folder = chosen()
    if (folder === null) return
    if (!existsSync(folder)) return missing(folder)
    if (!ownSide.join(folder, publishAll || identity.read().pendingPublish)) return rekey()
    // What was recorded while starting (app started, yesterday's last heartbeat), before this join.
    if (beforeJoin.length > 0) publishOrRemember(beforeJoin.splice(0))
    status = 'syncing'
    problems.clear((problem) => problem.kind !== 'folder-missing')
    void taken(reader.readAll())
  }

  /** Merges what a read found, and tells who needs to know; answers the bytes read (the bench weighs them). */
  function taken(found: RemoteFindings): { bytesRead: number } {
    const recordChanged = takeFindings(found, {
      ...deps,
      problems,
      weighSettings: applySettings,
    })
    lastSyncAt = deps.now()
    if (recordChanged) deps.recordChanged()
    deps.stateChanged()
    return { bytesRead: found.bytesRead }
  }

  /** Checks the folder is still there; a folder back is joined again with everything published. */
  function folderThere(): boolean {
    const folder = chosen()
    if (folder === null) return false
    if (existsSync(folder)) {
      if (status === 'folder-missing') {
        identity.update({ missingToldFor: null })
        problems.clear((problem) => problem.kind !== 'folder-missing')
        connect(true)
      }
      return status === 'syncing'
    }
    if (status !== 'folder-missing') missing(folder)
    return false
  }

  // A failure never reaches recording or start-up; a folder that went away is noticed at once.
  const guarded = syncGuard(logger, () => {
    const folder = chosen()
    if (folder !== null && !existsSync(folder) && status !== 'folder-missing') missing(folder)
  })

  deps.writes.onDaysStored(
    guarded(
      'publish this device’s events',
      (days: readonly DayEvents[]) => {
        if (chosen() === null) return
        // Before the first join of a run: published by the join, not a reason to compare every year.
        if (status === 'off') return void beforeJoin.push(...days)
        if (status === 'syncing' && ownSide.joined()) {
          try {
            ownSide.publish(days)
            return
          } catch (error) {
            logger.warn('Sync: could not append to this device’s file.', error)
          }
        }
        if (!identity.read().pendingPublish) identity.update({ pendingPublish: true })
        // Only this device's folder is gone (deleted by hand): made again, everything published.
        if (status === 'syncing' && folderThere() && !ownSide.folderExists()) connect(true)
      },
      undefined,
    ),
  )
  deps.writes.onSettingsWritten(
    guarded(
      'publish the shared settings',
      (settings: Settings) => {
        if (shared.written(settings) && status === 'syncing') ownSide.publishSettings()
      },
      undefined,
    ),
  )

  return {
    connect: guarded('join the sync folder', connect, undefined),
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
            rekey()
            return none
          }
        }
        return taken(reader.readChanged(files))
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
            if (ownSide.anotherWriter()) rekey()
            else ownSide.writeDevice()
          }
          if (status === 'syncing') taken(reader.readAll())
        }
        positions.keep()
      },
      undefined,
    ),
    /** Every file read again from its position: after a watcher error or a restart of it. */
    readAll: guarded(
      'read the sync folder',
      () => (folderThere() ? taken(reader.readAll()) : { bytesRead: 0 }),
      { bytesRead: 0 },
    ),
    turnOn: guarded(
      'join the sync folder',
      (folder: string) => {
        identity.update({ folder })
        problems.clear(() => false)
        status = 'off'
        connect(true)
      },
      undefined,
    ),
    stop(): void {
      positions.keep()
      identity.update({ folder: null, pendingPublish: false })
      ownSide.leave()
      status = 'off'
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
        status,
        lastSeenAt: ownSide.lastSeenAt(),
        lastSyncAt,
        problems: problems.list(),
      }),
    /** Writes the read positions now (at quit); otherwise they are kept on the tick. */
    keepPositions: () => positions.keep(),
  }
}
