/** Sync through a folder: publishes this device's events and settings into its own folder, and merges what the other devices wrote. */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DeviceId, Instant, LocalDate } from '../core'
import { DEVICE_FILE, syncFileName } from '../core/sync-file-names'
import type { DevicesState, SyncProblem } from '../shared/devices-state'
import type { DeviceIdentityStore, ReadPosition } from './electron-store-device-identity'
import type { JournaledDayEventStore } from './electron-store-day-journal'
import type { SettingsStore } from './electron-store-settings'
import { deviceFolderOf, devicesFolderOf } from './jsonl-device-folder'
import type { Logger } from './logger'
import { createSyncProblems, devicesStateOf, rolesOf } from './sync-devices-state'
import { createOwnEventsPublisher, type OwnEventsPublisher } from './sync-own-events'
import {
  ownSettingsCopy,
  readOwnConflicts,
  tidyAway,
  writeDeviceFile,
  writeMarkIn,
  writeSettingsFile,
} from './sync-own-folder'
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

/** The sync engine; `connect` and `refresh` are driven by the watcher and the watchdog. */
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
  const writeId = deps.newId()
  const problems = createSyncProblems()
  const shared = createSharedSettingsSync(deps)
  const positions = new Map(Object.entries(identity.read().readPositions))
  let positionsChanged = false
  let status: DevicesState['status'] = 'off'
  let publisher: OwnEventsPublisher | null = null
  let lastSyncAt: Instant | null = null
  let lastSeenAt: Instant | null = null
  const self = () => identity.read().id
  const chosen = () => identity.read().folder
  const ownFolder = () => deviceFolderOf(chosen() ?? '', self())
  const reader = createRemoteReader({
    devicesFolder: () => devicesFolderOf(chosen() ?? ''),
    self,
    asideFolder: aside,
    now: deps.now,
    positions: {
      get: (key) => positions.get(key) ?? null,
      set: (key: string, position: ReadPosition) => {
        positions.set(key, position)
        positionsChanged = true
      },
    },
  })

  const keepPositions = () => {
    if (!positionsChanged) return
    identity.update({ readPositions: Object.fromEntries(positions) })
    positionsChanged = false
  }
  const isOwnEvent = (date: LocalDate, id: string) =>
    deps.days.eventsFor(date).some((event) => event.id === id && event.device === undefined)
  const isOwnMark = (mark: string) => mark === writeId || mark === identity.read().writeId

  function writeDevice(): void {
    const known = identity.read()
    const summary = {
      id: known.id,
      name: known.name,
      platform: deps.platform,
      countsAsWork: known.countsAsWork,
      lastSeenAt: deps.now(),
    }
    writeDeviceFile(ownFolder(), summary, writeId, known.previousIds)
    if (known.writeId !== writeId) identity.update({ writeId })
    lastSeenAt = summary.lastSeenAt
  }

  /** Another installation writing with this id: a write mark or event ids this device never made. */
  function anotherWriter(): boolean {
    const mark = writeMarkIn(ownFolder())
    if (mark !== null && !isOwnMark(mark)) return true
    const conflicts = readOwnConflicts(ownFolder(), self(), isOwnEvent, isOwnMark)
    if (conflicts.anotherWriter) return true
    applySettings(conflicts.settings)
    // Their content is merged (echoes of this device's own writes, or settings just weighed): tidy.
    for (const copy of conflicts.copies) tidyAway(copy, aside, deps.now())
    return false
  }

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

  function publishEverything(all: boolean): boolean {
    if (!publisher) return true
    const everyDay = all ? deps.days.allDays() : null
    const years = everyDay
      ? [...new Set(everyDay.map((day) => Number(day.date.slice(0, 4))))]
      : [Number(deps.today().slice(0, 4))]
    const findings = publisher.publishYears(years, (year) =>
      everyDay ? everyDay.filter((day) => day.date.startsWith(`${year}-`)) : deps.days.daysOfYear(year),
    )
    for (const path of findings.repaired) {
      logger.warn(`This device's file in the sync folder was damaged; rewritten, the old one kept: ${path}`)
    }
    if (identity.read().pendingPublish) identity.update({ pendingPublish: false })
    return findings.foreignIds === 0
  }

  function publishSettings(): void {
    const copy = shared.ownCopy()
    const there = ownSettingsCopy(ownFolder())
    if (there && JSON.stringify(there) === JSON.stringify(copy)) return
    writeSettingsFile(ownFolder(), copy)
  }

  function applySettings(copies: Parameters<typeof shared.receive>[0]): void {
    const outcome = shared.receive(copies)
    if (outcome.refused) logger.warn('Shared settings from another device were refused.')
    if (!outcome.applied) return
    if (status === 'syncing') publishSettings()
    deps.settingsApplied()
  }

  function missing(folder: string): void {
    status = 'folder-missing'
    publisher = null
    const problem: SyncProblem = { kind: 'folder-missing', folder, since: deps.now() }
    if (problems.add(problem)) {
      logger.warn(`The sync folder is missing: ${folder}. Recording goes on here.`)
      deps.tell(problem)
    }
    deps.stateChanged()
  }

  /** Joins the folder: checks the id, publishes what is missing, reads what others wrote. */
  function connect(publishAll = false): void {
    const folder = chosen()
    if (folder === null) return
    if (!existsSync(folder)) return missing(folder)
    mkdirSync(ownFolder(), { recursive: true })
    if (anotherWriter()) return rekey()
    writeDevice()
    publisher = createOwnEventsPublisher({
      folder: ownFolder(),
      self: self(),
      asideFolder: aside,
      now: deps.now,
    })
    if (!publishEverything(publishAll || identity.read().pendingPublish)) return rekey()
    publishSettings()
    status = 'syncing'
    problems.clear((problem) => problem.kind !== 'folder-missing')
    taken(reader.readAll())
  }

  /** Merges what a read found, and tells who needs to know. */
  function taken(found: RemoteFindings): void {
    let recordChanged = false
    if (found.days.length > 0) {
      recordChanged = deps.days.mergeRecent(found.days, deps.today()).imported > 0
    }
    if (found.devices.length > 0) {
      const known = { ...identity.read().knownDevices }
      for (const { id, ...device } of found.devices) {
        recordChanged ||= known[id] !== undefined && known[id].countsAsWork !== device.countsAsWork
        recordChanged ||= known[id] === undefined && !device.countsAsWork
        known[id] = device
      }
      identity.update({ knownDevices: known })
    }
    for (const damaged of found.damaged) {
      logger.warn(`Another device's file could not be read; a copy is in ${damaged.movedTo}`)
      problems.add({ kind: 'damaged-file', ...damaged })
    }
    if (found.healed.length > 0) {
      problems.clear((problem) => problem.kind !== 'damaged-file' || !found.healed.includes(problem.file))
    }
    applySettings(found.settings)
    lastSyncAt = deps.now()
    if (recordChanged) deps.recordChanged()
    deps.stateChanged()
  }

  /** Checks the folder is still there; a folder back is joined again with everything published. */
  function folderThere(): boolean {
    const folder = chosen()
    if (folder === null) return false
    if (existsSync(folder)) {
      if (status === 'folder-missing') {
        problems.clear((problem) => problem.kind !== 'folder-missing')
        connect(true)
      }
      return status === 'syncing'
    }
    if (status !== 'folder-missing') missing(folder)
    return false
  }

  deps.writes.onDaysStored((days) => {
    if (chosen() === null) return
    if (status !== 'syncing' || !publisher) {
      if (!identity.read().pendingPublish) identity.update({ pendingPublish: true })
      return
    }
    try {
      publisher.publish(days)
    } catch (error) {
      logger.warn(`Could not write this device's events into the sync folder: ${String(error)}`)
      identity.update({ pendingPublish: true })
      folderThere()
    }
  })
  deps.writes.onSettingsWritten((settings) => {
    if (shared.written(settings) && status === 'syncing') publishSettings()
  })

  return {
    connect,
    /** Files the watcher saw change: another device's are read from their positions; the own folder is checked. */
    changed(files: readonly ChangedFile[]): void {
      if (!folderThere()) return
      const own = files.filter((file) => file.device === self())
      if (own.some((file) => file.name === DEVICE_FILE || syncFileName(file.name).kind === 'conflict-copy')) {
        if (anotherWriter()) return rekey()
      }
      taken(reader.readChanged(files))
    },
    /** On the watchdog's tick: the folder still there, device.json's "last seen" fresh, positions kept. */
    tick(): void {
      if (folderThere() && deps.now() - (lastSeenAt ?? 0) >= DEVICE_FILE_REFRESH_MS) {
        if (anotherWriter()) rekey()
        else writeDevice()
      }
      keepPositions()
    },
    /** Every file read again from its position: after a watcher error or a restart of it. */
    readAll(): void {
      if (folderThere()) taken(reader.readAll())
    },
    turnOn(folder: string): void {
      identity.update({ folder })
      problems.clear(() => false)
      status = 'off'
      connect(true)
    },
    stop(): void {
      keepPositions()
      identity.update({ folder: null, pendingPublish: false })
      publisher = null
      status = 'off'
      problems.clear(() => false)
      deps.stateChanged()
    },
    saveThisDevice(device: { name: string; countsAsWork: boolean }): void {
      const rolesChanged = device.countsAsWork !== identity.read().countsAsWork
      identity.update({ name: device.name.trim().slice(0, 100), countsAsWork: device.countsAsWork })
      if (folderThere()) writeDevice()
      if (rolesChanged) deps.recordChanged()
      deps.stateChanged()
    },
    roles: () => rolesOf(identity.read()),
    state: (): DevicesState =>
      devicesStateOf(identity.read(), {
        platform: deps.platform,
        status,
        lastSeenAt,
        lastSyncAt,
        problems: problems.list(),
      }),
    dispose: keepPositions,
  }
}
