// Figure 6: sync through a folder shared by five devices with ten years each: start-up, a remote event, an own append, and bytes read per remote event at 1 and 10 years.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, test } from 'vitest'
import type { DayEvent } from '../src/core'
import { deviceFolderOf, devicesFolderOf, lineOf } from '../src/main/jsonl-device-folder'
import { setupStorage, type Storage } from '../src/main/storage'
import { createRemoteReader } from '../src/main/sync-remote-files'
import { figure, report } from '../tests/support/figures'
import { checkIn } from './storage-timings'
import {
  DEVICES,
  folderSyncOver,
  removeSyncFixture,
  writeSyncFixture,
  type SyncFixture,
} from './sync-fixture'
import { HISTORY_TODAY } from './ten-years'
import { median, spreadOf, steadyPercentile } from './timing'

const LOADS = 20
const BASELINE_LOADS = 3
const REMOTE_EVENTS = 30
const ROUNDS = 10
const APPENDS_PER_ROUND = 20
const clock = { now: () => Date.parse(`${HISTORY_TODAY}T16:00:00Z`) }
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }
const EVENTS_FILE = `events-${HISTORY_TODAY.slice(0, 4)}.jsonl`

let tenYears: SyncFixture
let oneYear: SyncFixture

// Writing five devices' ten years and joining them once takes a minute or more on a busy machine.
beforeAll(() => {
  tenYears = writeSyncFixture(10)
  oneYear = writeSyncFixture(1)
}, 600_000)

afterAll(() => {
  for (const fixture of [tenYears, oneYear]) if (fixture) removeSyncFixture(fixture)
})

/** Another device records one event: a line appended to its year file, as its Sundown writes it. */
function remoteAppend(fixture: SyncFixture, device: string, serial: number): void {
  const event: DayEvent = { ...checkIn(HISTORY_TODAY), at: clock.now() + serial }
  const path = join(deviceFolderOf(fixture.syncFolder, device), EVENTS_FILE)
  appendFileSync(path, `${lineOf(HISTORY_TODAY, event, device)}\n`)
}

const opens: number[] = []
const todays: number[] = []
const joins: number[] = []
let starts = 0
/** A launch's first event, with an id of its own. */
const appStarted = (): DayEvent => ({ id: `bench-start-${starts++}`, at: 0, type: 'app-started' })
/**
 * Opens the stores, records the start and joins the folder, as a launch does (start-sundown.ts
 * records `app-started` before the join); `fresh` forgets the saved read positions first.
 */
function startUp(fixture: SyncFixture, fresh: boolean): number {
  const startedAt = performance.now()
  const storage = setupStorage(fixture.userDataDir, clock, quiet)
  if (!fresh) opens.push(performance.now() - startedAt)
  if (fresh) storage.identity.update({ readPositions: {} })
  const sync = folderSyncOver(storage)
  // The day service reads today first, which opens this year's local file, sync or not.
  const todayAt = performance.now()
  storage.days.append(HISTORY_TODAY, { ...appStarted(), at: clock.now() })
  if (!fresh) todays.push(performance.now() - todayAt)
  const joinAt = performance.now()
  sync.connect()
  if (!fresh) joins.push(performance.now() - joinAt)
  const took = performance.now() - startedAt
  sync.keepPositions()
  return took
}

/** Appends `count` of this device's events to today, each timed. */
function ownAppends(storage: Storage, count: number): number[] {
  return Array.from({ length: count }, () => {
    const event = checkIn(HISTORY_TODAY)
    const startedAt = performance.now()
    storage.days.append(HISTORY_TODAY, event)
    return performance.now() - startedAt
  })
}

/** Bytes the remote reader reads to see one new event of another device, from its saved position. */
function bytesPerRemoteEvent(fixture: SyncFixture): number[] {
  const storage = setupStorage(fixture.userDataDir, clock, quiet)
  const positions = new Map(Object.entries(storage.identity.read().readPositions))
  const reader = createRemoteReader({
    devicesFolder: () => devicesFolderOf(fixture.syncFolder),
    self: () => storage.identity.read().id,
    asideFolder: join(fixture.userDataDir, 'aside'),
    now: clock.now,
    positions: {
      get: (key) => positions.get(key) ?? null,
      set: (key, position) => void positions.set(key, position),
    },
  })
  const device = fixture.remoteIds[0] ?? ''
  return Array.from({ length: 10 }, (_, serial) => {
    remoteAppend(fixture, device, serial)
    return reader.readChanged([{ device, name: EVENTS_FILE }]).bytesRead
  })
}

test('6. sync through a folder: five devices, ten years each', (context) => {
  startUp(tenYears, false)
  opens.length = 0
  todays.length = 0
  joins.length = 0
  const loads = Array.from({ length: LOADS }, () => startUp(tenYears, false))
  const fresh = Array.from({ length: BASELINE_LOADS }, () => startUp(tenYears, true))

  const storage = setupStorage(tenYears.userDataDir, clock, quiet)
  const replays: number[] = []
  const sync = folderSyncOver(storage, replays)
  sync.connect()
  replays.length = 0
  const device = tenYears.remoteIds[1] ?? ''
  const seen: number[] = []
  for (let serial = 0; serial < REMOTE_EVENTS; serial++) {
    remoteAppend(tenYears, device, 1_000 + serial)
    const startedAt = performance.now()
    sync.changed([{ device, name: EVENTS_FILE }])
    seen.push(performance.now() - startedAt)
  }
  // The baseline: a copy of the same user data with sync off, appended to in alternating blocks.
  const unsyncedDir = mkdtempSync(join(tmpdir(), 'sundown-bench-unsynced-'))
  cpSync(tenYears.userDataDir, unsyncedDir, { recursive: true })
  const unsyncedStorage = setupStorage(unsyncedDir, clock, quiet)
  const appends: number[] = []
  const unsynced: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    appends.push(...ownAppends(storage, APPENDS_PER_ROUND))
    unsynced.push(...ownAppends(unsyncedStorage, APPENDS_PER_ROUND))
  }
  rmSync(unsyncedDir, { recursive: true, force: true })
  sync.keepPositions()
  const bytes = {
    one: median(bytesPerRemoteEvent(oneYear)),
    ten: median(bytesPerRemoteEvent(tenYears)),
  }

  const ms = (samples: readonly number[]) => `${median(samples).toFixed(2)} ms`
  const history = `${DEVICES} devices, ${tenYears.events.toLocaleString('en-US')} events, ${tenYears.eventsPerWorkday.toFixed(0)} a workday per device`
  report(context, [
    figure({
      id: '6.1',
      name: 'Start-up with sync on: stores + joining the folder (read positions saved), median',
      unit: 'ms',
      ours: median(loads),
      spread: spreadOf(loads),
      baseline: median(fresh),
      budget: { atMost: 50 },
      note: `${history}; of which opening the stores ${ms(opens)}, recording the start (this year's local file, holding every device's events, opened as the day service does at every start, sync or not) ${ms(todays)}, joining the folder ${ms(joins)}; baseline: the same start with no saved read positions (every file read again), ${BASELINE_LOADS} loads`,
    }),
    figure({
      id: '6.2',
      name: 'One new remote event seen and merged (read, merged, today replayed), median',
      unit: 'ms',
      ours: median(seen),
      spread: spreadOf(seen),
      budget: { atMost: 5 },
      note: `${REMOTE_EVENTS} events, each appended to another device's year file; synchronous main-thread work of the watcher's batch, of which today's replay ${ms(replays)}`,
    }),
    figure({
      id: '6.3',
      name: 'Append one event with sync on (store + own events file), p95',
      unit: 'ms',
      ours: steadyPercentile(appends, 0.95, ROUNDS),
      baseline: steadyPercentile(unsynced, 0.95, ROUNDS),
      budget: { atMost: 2 },
      note: `figure 2.1's budget; medians: ours ${ms(appends)}, baseline (a copy of the same store, sync off, in alternating blocks) ${ms(unsynced)}, ${appends.length} appends each; p95 = median over ${ROUNDS} groups of each group's p95`,
    }),
    figure({
      id: '6.4',
      name: 'Bytes read per remote event, 1 year of history',
      unit: 'B',
      ours: bytes.one,
      deterministic: true,
    }),
    figure({
      id: '6.5',
      name: 'Bytes read per remote event, 10 years of history',
      unit: 'B',
      ours: bytes.ten,
      baseline: bytes.one,
      budget: { atMost: bytes.one },
      deterministic: true,
      note: 'budget: the 1-year figure (6.4): reading a new event must not grow with history',
    }),
  ])
})
