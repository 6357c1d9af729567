/** Joining the sync folder: this device's id checked (a new one when another installation uses it), what is missing published, what the others wrote taken in. */
import { existsSync } from 'node:fs'
import type { Instant, LocalDate } from '../core'
import type { DevicesState, SyncProblem } from '../shared/devices-state'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { JournaledDayEventStore } from './electron-store-day-journal'
import type { Logger } from './logger'
import type { createSyncProblems } from './sync-devices-state'
import { takeFindings } from './sync-findings'
import type { createOwnSide } from './sync-own-side'
import type { createRemoteReader, RemoteFindings } from './sync-remote-files'
import type { createSharedSettingsSync } from './sync-shared-settings'

/** Where this run's sync stands: set by the join, the folder check and the commands, shown in the Devices section. */
export interface SyncSession {
  status: DevicesState['status']
  lastSyncAt: Instant | null
}

/** What the join reaches. */
export interface FolderJoinDeps {
  identity: DeviceIdentityStore
  days: Pick<JournaledDayEventStore, 'mergeRecent'>
  now: () => Instant
  today: () => LocalDate
  newId: () => string
  logger: Logger
  session: SyncSession
  problems: ReturnType<typeof createSyncProblems>
  shared: ReturnType<typeof createSharedSettingsSync>
  ownSide: ReturnType<typeof createOwnSide>
  reader: ReturnType<typeof createRemoteReader>
  /** The merged record changed (new events, another device's role): re-replay and re-plan. */
  recordChanged(): void
  /** Another device's shared settings were written here: put them to work. */
  settingsApplied(): void
  stateChanged(): void
  /** A problem the user is told of once (re-keyed). */
  tell(problem: SyncProblem): void
  /** The chosen folder is not there: recording goes on here. */
  missing(folder: string): void
  /** Publishes the days stored before this run's first join. */
  publishWaiting(): void
}

/** The join and what follows it; `connect` does nothing until a folder is chosen. */
export function createFolderJoin(deps: FolderJoinDeps) {
  const { identity, logger, session, problems, shared, ownSide, reader } = deps
  const self = () => identity.read().id

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
    if (session.status === 'syncing') ownSide.publishSettings()
    deps.settingsApplied()
  }

  /** Joins the folder: checks the id, publishes what is missing, reads what others wrote. */
  function connect(publishAll = false): void {
    const folder = identity.read().folder
    if (folder === null) return
    if (!existsSync(folder)) return deps.missing(folder)
    if (!ownSide.join(folder, publishAll || identity.read().pendingPublish)) return rekey()
    // What was recorded while starting (app started, yesterday's last heartbeat), before this join.
    deps.publishWaiting()
    session.status = 'syncing'
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
    session.lastSyncAt = deps.now()
    if (recordChanged) deps.recordChanged()
    deps.stateChanged()
    return { bytesRead: found.bytesRead }
  }

  return {
    connect,
    /** Another installation writes with this device's id: a new id, the user told, joined again. */
    rekey,
    taken,
    /** Weighs shared settings another device wrote; the newest are applied and published as this device's copy. */
    applySettings,
  }
}
