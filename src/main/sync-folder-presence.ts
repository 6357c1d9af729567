/** Whether the chosen sync folder is there: a missing folder is told once per absence, a folder back is joined again. */
import { existsSync } from 'node:fs'
import type { Instant } from '../core'
import type { SyncProblem } from '../shared/devices-state'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { Logger } from './logger'
import type { createSyncProblems } from './sync-devices-state'
import type { SyncSession } from './sync-folder-join'
import type { createOwnSide } from './sync-own-side'

/** What the folder check reaches. */
export interface FolderPresenceDeps {
  identity: DeviceIdentityStore
  now: () => Instant
  logger: Logger
  session: SyncSession
  problems: ReturnType<typeof createSyncProblems>
  ownSide: Pick<ReturnType<typeof createOwnSide>, 'leave'>
  stateChanged(): void
  /** A problem the user is told of once (folder missing). */
  tell(problem: SyncProblem): void
  /** The days waiting for the first join are dropped: they are published in full at the next one. */
  forgetWaiting(): void
  /** Joins the folder again with everything published. */
  rejoin(): void
}

/** The folder check; `missing` also when a join finds no folder. */
export function createFolderPresence(deps: FolderPresenceDeps) {
  const { identity, logger, session, problems } = deps
  const chosen = () => identity.read().folder

  function missing(folder: string): void {
    session.status = 'folder-missing'
    deps.ownSide.leave()
    deps.forgetWaiting()
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

  /** Checks the folder is still there; a folder back is joined again with everything published. */
  function folderThere(): boolean {
    const folder = chosen()
    if (folder === null) return false
    if (existsSync(folder)) {
      if (session.status === 'folder-missing') {
        identity.update({ missingToldFor: null })
        problems.clear((problem) => problem.kind !== 'folder-missing')
        deps.rejoin()
      }
      return session.status === 'syncing'
    }
    if (session.status !== 'folder-missing') missing(folder)
    return false
  }

  return {
    /** The chosen folder is gone: sync waits for it, recording goes on here, the user is told. */
    missing,
    folderThere,
    /** After a failure: a folder that went away is noticed at once. */
    noticeGone(): void {
      const folder = chosen()
      if (folder !== null && !existsSync(folder) && session.status !== 'folder-missing') {
        missing(folder)
      }
    },
  }
}
