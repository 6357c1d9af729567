// Figure 6's fixture: a sync folder shared by five devices, each with years of busy workdays, and this device joined once already.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  MINUTE_MS,
  ONE_DEVICE,
  planFor,
  replayDay,
  type DayEvent,
  type LocalDate,
} from '../src/core'
import type { DayEvents } from '../src/main/electron-store-day-events'
import { createFolderSync, syncStoresOf, type FolderSync } from '../src/main/folder-sync'
import { deviceFolderOf } from '../src/main/jsonl-device-folder'
import { setupStorage, type Storage } from '../src/main/storage'
import { createOwnEventsPublisher } from '../src/main/sync-own-events'
import { writeDeviceFile } from '../src/main/sync-own-folder'
import { HISTORY_TODAY, HISTORY_ZONE, seededRandom, tenYearsOfHistory } from './ten-years'

/** Five devices: this one and four others, all counted as work. */
export const DEVICES = 5
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }
const clock = { now: () => Date.parse(`${HISTORY_TODAY}T16:00:00Z`) }

/**
 * One device's history: figure 2's workdays, each made busy as a day at a synced desk is, with
 * idle breaks (away, back) and heartbeats from arrival to the end: 30–50 events a workday.
 */
export function busyHistory(seed: number, years: number): DayEvents[] {
  const random = seededRandom(seed * 7919)
  const firstYear = Number(HISTORY_TODAY.slice(0, 4)) - years
  const firstDate = `${firstYear}${HISTORY_TODAY.slice(4)}`
  let serial = 0
  const id = () =>
    `${seed.toString(16).padStart(8, '0')}-b05e-4000-a000-${(serial++).toString(16).padStart(12, '0')}`
  return tenYearsOfHistory(seed)
    .filter((day) => day.date > firstDate)
    .map((day) => {
      const arrival = day.events[0]?.at ?? 0
      if (day.events.length < 8) return day
      const extra: DayEvent[] = []
      for (let minute = 20; minute < 8 * 60; minute += 20 + Math.floor(random() * 15))
        extra.push({ id: id(), at: arrival + minute * MINUTE_MS, type: 'heartbeat' })
      const breaks = 4 + Math.floor(random() * 5)
      for (let index = 0; index < breaks; index++) {
        const at = arrival + (30 + index * 50 + Math.floor(random() * 20)) * MINUTE_MS
        extra.push({ id: id(), at, type: 'away', reason: 'idle' })
        extra.push({ id: id(), at: at + 12 * MINUTE_MS, type: 'back', reason: 'input' })
      }
      return { date: day.date, events: [...day.events, ...extra].sort((a, b) => a.at - b.at) }
    })
}

/** The sync folder, this device's user data, and what is in them. */
export interface SyncFixture {
  syncFolder: string
  userDataDir: string
  remoteIds: string[]
  /** Events over all five devices. */
  events: number
  /** Mean events on a workday, per device. */
  eventsPerWorkday: number
}

/** The other devices' files, written the way their Sundown writes them (its publisher, its device.json). */
function writeRemoteDevice(syncFolder: string, id: string, history: readonly DayEvents[]): void {
  const folder = deviceFolderOf(syncFolder, id)
  mkdirSync(folder, { recursive: true })
  const publisher = createOwnEventsPublisher({
    folder,
    self: id,
    asideFolder: join(syncFolder, '..'),
    now: clock.now,
  })
  const years = [...new Set(history.map((day) => Number(day.date.slice(0, 4))))]
  publisher.publishYears(years, (year) => history.filter((day) => day.date.startsWith(`${year}-`)))
  const summary = {
    id,
    name: `Desk ${id.slice(0, 4)}`,
    platform: 'linux',
    countsAsWork: true,
    lastSeenAt: clock.now(),
  }
  writeDeviceFile(folder, summary, `mark-${id}`, [])
}

/** The sync engine over `storage` as the app wires it; `recordChanged` re-replays today as the day service does (timed into `replayMs`). */
export function folderSyncOver(
  storage: Storage,
  replayMs: number[] = [],
  today: LocalDate = HISTORY_TODAY,
): FolderSync {
  let sync: FolderSync | null = null
  const replayToday = () => {
    const startedAt = performance.now()
    const settings = storage.settings.read()
    const roles = sync?.roles() ?? ONE_DEVICE
    replayDay(
      planFor(settings, today, HISTORY_ZONE),
      storage.days.eventsFor(today),
      settings,
      clock.now(),
      roles,
    )
    replayMs.push(performance.now() - startedAt)
  }
  sync = createFolderSync({
    ...syncStoresOf(storage),
    platform: 'linux',
    now: clock.now,
    today: () => today,
    newId: () => crypto.randomUUID(),
    logger: quiet,
    recordChanged: replayToday,
    settingsApplied: () => undefined,
    stateChanged: () => undefined,
    tell: () => undefined,
  })
  return sync
}

/** Writes `years` of history for five devices, and joins this device to the folder once (the earlier run). */
export function writeSyncFixture(years: number): SyncFixture {
  const syncFolder = mkdtempSync(join(tmpdir(), 'sundown-bench-sync-'))
  const userDataDir = mkdtempSync(join(tmpdir(), 'sundown-bench-device-'))
  const histories = Array.from({ length: DEVICES }, (_, index) => busyHistory(index + 1, years))
  const storage = setupStorage(userDataDir, clock, quiet)
  storage.days.merge(histories[0] ?? [])
  const remoteIds = histories.slice(1).map((history, index) => {
    const id = `00000000-0000-4000-8000-00000000000${index + 1}`
    writeRemoteDevice(syncFolder, id, history)
    return id
  })
  const sync = folderSyncOver(storage)
  sync.turnOn(syncFolder)
  sync.keepPositions()
  const workdays = histories.flatMap((history) => history.filter((day) => day.events.length >= 8))
  const events = histories.reduce(
    (sum, history) => sum + history.reduce((n, day) => n + day.events.length, 0),
    0,
  )
  return {
    syncFolder,
    userDataDir,
    remoteIds,
    events,
    eventsPerWorkday: workdays.reduce((n, day) => n + day.events.length, 0) / workdays.length,
  }
}

/** Deletes the folder and the user data. */
export function removeSyncFixture(fixture: SyncFixture): void {
  rmSync(fixture.syncFolder, { recursive: true, force: true })
  rmSync(fixture.userDataDir, { recursive: true, force: true })
}
