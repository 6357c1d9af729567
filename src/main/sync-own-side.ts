/** This device's side of the sync folder: its device.json and write mark, its events and settings published, the conflict copies in its folder. */
import { existsSync, mkdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { DayEvent, Instant, LocalDate } from '../core'
import type { DayEvents } from './electron-store-day-events'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import { deviceFolderOf } from './jsonl-device-folder'
import type { Logger } from './logger'
import {
  createOwnEventsPublisher,
  publishHistory,
  type OwnEventsPublisher,
} from './sync-own-events'
import {
  ownSettingsCopy,
  readOwnConflicts,
  tidyAway,
  writeDeviceFile,
  writeMarkIn,
  writeSettingsFile,
} from './sync-own-folder'
import { listed, type SettingsCopy } from './sync-remote-files'

/** What this device's side reaches. */
export interface OwnSideDeps {
  identity: DeviceIdentityStore
  days: {
    eventsFor(date: LocalDate): DayEvent[]
    allDays(): DayEvents[]
    daysOfYear(year: number): DayEvents[]
  }
  platform: string
  now: () => Instant
  today: () => LocalDate
  newId: () => string
  logger: Logger
  /** Where copies of this device's damaged files and tidied conflict copies go. */
  asideFolder: string
  /** The copy of the shared settings this device publishes. */
  settingsCopy: () => SettingsCopy
  /** Settings found in conflict copies in the own folder: weighed before the copies are tidied. */
  weighSettings: (copies: SettingsCopy[]) => void
}

/** This device's side; `join` before anything else, `leave` when the folder is gone or sync stops. */
export function createOwnSide(deps: OwnSideDeps) {
  const { identity } = deps
  // This run's mark: a device.json with a mark neither this run nor the last one made has another writer.
  const writeId = deps.newId()
  let folder: string | null = null
  let publisher: OwnEventsPublisher | null = null
  let lastSeenAt: Instant | null = null
  const own = () => deviceFolderOf(folder ?? '', identity.read().id)
  const isOwnMark = (mark: string) => mark === writeId || mark === identity.read().writeId
  const isOwnEvent = (date: LocalDate, id: string) =>
    deps.days.eventsFor(date).some((event) => event.id === id && event.device === undefined)

  function writeDevice(): void {
    const known = identity.read()
    const summary = {
      id: known.id,
      name: known.name,
      platform: deps.platform,
      countsAsWork: known.countsAsWork,
      lastSeenAt: deps.now(),
    }
    writeDeviceFile(own(), summary, writeId, known.previousIds)
    if (known.writeId !== writeId) identity.update({ writeId })
    lastSeenAt = summary.lastSeenAt
  }

  function publishSettings(): void {
    const copy = deps.settingsCopy()
    const there = ownSettingsCopy(own())
    if (there && JSON.stringify(there) === JSON.stringify(copy)) return
    writeSettingsFile(own(), copy)
  }

  return {
    /** Another installation writing with this id: a write mark or event ids this device never made. */
    anotherWriter(): boolean {
      const mark = writeMarkIn(own())
      if (mark !== null && !isOwnMark(mark)) return true
      const conflicts = readOwnConflicts(own(), identity.read().id, isOwnEvent, isOwnMark)
      if (conflicts.anotherWriter) return true
      deps.weighSettings(conflicts.settings)
      // Their content is merged (echoes of this device's own writes, or settings just weighed): tidy.
      for (const copy of conflicts.copies) tidyAway(copy, deps.asideFolder, deps.now())
      return false
    },
    /**
     * Joins `chosen`: this device's folder made, checked for another writer, device.json written,
     * the missing events (every year, or this year's) and the settings published. False when
     * another installation writes with this id.
     */
    join(chosen: string, everyYear: boolean): boolean {
      folder = chosen
      publisher = null
      mkdirSync(own(), { recursive: true })
      removeOwnTemporaryFiles(own())
      if (this.anotherWriter()) return false
      publisher = createOwnEventsPublisher({
        folder: own(),
        self: identity.read().id,
        asideFolder: deps.asideFolder,
        now: deps.now,
      })
      const findings = publishHistory(publisher, deps.days, deps.today(), everyYear)
      for (const path of findings.repaired) {
        deps.logger.warn(
          `This device's file in the sync folder was damaged and rewritten; the old one: ${path}`,
        )
      }
      if (findings.foreignIds > 0) {
        publisher = null
        return false
      }
      writeDevice()
      if (identity.read().pendingPublish) identity.update({ pendingPublish: false })
      publishSettings()
      return true
    },
    leave(): void {
      publisher = null
    },
    joined: () => publisher !== null,
    folderExists: () => folder !== null && existsSync(own()),
    /** Appends events just stored here; throws when the folder cannot be written. */
    publish(days: readonly DayEvents[]): void {
      publisher?.publish(days)
    },
    publishSettings,
    writeDevice,
    lastSeenAt: () => lastSeenAt,
  }
}

/** The temporary files of this device's atomic writes: one left by a crash is removed on joining. */
const OWN_TEMPORARY = /^\.(device\.json|settings\.json|rewrite)\.\d+\.tmp$/

function removeOwnTemporaryFiles(folder: string): void {
  for (const name of listed(folder)) {
    if (OWN_TEMPORARY.test(name)) unlinkSync(join(folder, name))
  }
}
