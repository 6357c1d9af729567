/** Publishes what the stores write into this device's folder; days stored before the run's first join wait for it. */
import type { Settings } from '../core'
import type { DayEvents } from './electron-store-day-events'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { Logger } from './logger'
import type { SyncSession } from './sync-folder-join'
import type { syncGuard } from './sync-guard'
import type { createOwnSide } from './sync-own-side'
import type { createSharedSettingsSync } from './sync-shared-settings'
import type { StoredWrites } from './stored-writes-feed'

/** What the publishing reaches. */
export interface PublishOnStoreDeps {
  identity: DeviceIdentityStore
  writes: StoredWrites
  logger: Logger
  session: SyncSession
  shared: Pick<ReturnType<typeof createSharedSettingsSync>, 'written'>
  ownSide: ReturnType<typeof createOwnSide>
  /** Keeps a failure from reaching the store that wrote. */
  guarded: ReturnType<typeof syncGuard>
  folderThere(): boolean
  /** Joins the folder again with everything published. */
  rejoin(): void
}

/** Listens to the stores' writes; the join publishes the days that waited for it. */
export function publishOnStore(deps: PublishOnStoreDeps) {
  const { identity, logger, session, ownSide, guarded } = deps
  /** Days stored before the first join of this run, waiting for it. */
  const beforeJoin: DayEvents[] = []

  /** Appends days to this device's files; false (and logged) when they cannot be written. */
  function published(days: readonly DayEvents[]): boolean {
    try {
      ownSide.publish(days)
      return true
    } catch (error) {
      logger.warn('Sync: could not append to this device’s file.', error)
      return false
    }
  }

  /** Something stored here is not in the folder: the next join compares and publishes every year. */
  function publishEveryYearNextJoin(): void {
    if (!identity.read().pendingPublish) identity.update({ pendingPublish: true })
  }

  deps.writes.onDaysStored(
    guarded(
      'publish this device’s events',
      (days: readonly DayEvents[]) => {
        if (identity.read().folder === null) return
        // Before the first join of a run: published by the join, not a reason to compare every year.
        if (session.status === 'off') return void beforeJoin.push(...days)
        if (session.status === 'syncing' && ownSide.joined() && published(days)) return
        publishEveryYearNextJoin()
        // Only this device's folder is gone (deleted by hand): made again, everything published.
        if (session.status === 'syncing' && deps.folderThere() && !ownSide.folderExists()) {
          deps.rejoin()
        }
      },
      undefined,
    ),
  )
  deps.writes.onSettingsWritten(
    guarded(
      'publish the shared settings',
      (settings: Settings) => {
        if (deps.shared.written(settings) && session.status === 'syncing') ownSide.publishSettings()
      },
      undefined,
    ),
  )

  return {
    /** At the join: the days that waited are published. */
    publishWaiting(): void {
      if (beforeJoin.length > 0 && !published(beforeJoin.splice(0))) publishEveryYearNextJoin()
    },
    /** The folder is missing: the days that waited are published in full at the next join. */
    forgetWaiting(): void {
      if (beforeJoin.splice(0).length > 0) publishEveryYearNextJoin()
    },
  }
}
