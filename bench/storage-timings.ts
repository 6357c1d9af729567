/** Figure 2's measurements: appends, start-up loads, month reads and the daily fold, ours and the baseline's. */
import { addDays, datesOfMonth, type DayEvent, type LocalDate, type MonthRef } from '../src/core'
import { createDayEventStore } from '../src/main/electron-store-day-events'
import { createSettingsStore } from '../src/main/electron-store-settings'
import { setupStorage } from '../src/main/storage'
import { openAllYears } from './all-years-store'
import { watchWrites } from '../tests/support/file-write-counter'
import type { StorageFixture } from './storage-fixture'
import { HISTORY_TODAY } from './ten-years'
import { alternateBlocks } from './timing'

const clock = { now: () => Date.now() }
const quiet = { onDamaged: () => undefined }
let nextEvent = 0

/** A check-in with a note, as a user appends during the day; each call a new id. */
export function checkIn(date: LocalDate = HISTORY_TODAY): DayEvent {
  const serial = String(nextEvent++).padStart(12, '0')
  return {
    id: `0b5e55ed-0000-4000-a000-${serial}`,
    at: Date.parse(`${date}T15:00:00Z`) + nextEvent,
    type: 'check-in',
    energy: 3,
    alignment: 4,
    note: 'Finished the review, starting on the release notes',
  }
}

/** The fold a store with a journal has (finished days into their year files), or nothing. */
function foldOf(days: object): (today: LocalDate) => void {
  if (!('fold' in days) || typeof days.fold !== 'function') return () => undefined
  return days.fold.bind(days) as (today: LocalDate) => void
}

/**
 * Appending one event three ways, in alternating blocks: durations, and bytes each append wrote.
 * Each round is a day of its own (today, then the days after it), and a store with a journal
 * folds it between rounds as it would at the 04:00 rollover, so its journal holds one day.
 */
export function appends(fixture: StorageFixture, rounds: number) {
  const ours = setupStorage(fixture.userDataDir, clock, console).days
  const yearFile = createDayEventStore({ cwd: fixture.dataDir, ...quiet })
  const baseline = openAllYears(fixture.baselineDir)
  const pastDay = '2026-11-20'
  const dayOf = (round: number) => addDays(HISTORY_TODAY, round)
  ours.eventsFor(HISTORY_TODAY)
  yearFile.eventsFor(pastDay)
  const bytes = { ours: [] as number[], baseline: [] as number[] }
  const counted =
    (folder: string, into: number[], append: (round: number) => void) => (round: number) => {
      const writes = watchWrites(folder)
      append(round)
      writes.stop()
      into.push(...writes.writes.map((write) => write.bytes))
    }
  const fold = foldOf(ours)
  const durations = alternateBlocks(
    {
      ours: {
        run: counted(fixture.dataDir, bytes.ours, (round) =>
          ours.append(dayOf(round), checkIn(dayOf(round))),
        ),
        times: 20,
        after: (round) => fold(dayOf(round + 1)),
      },
      yearFile: { run: () => void yearFile.append(pastDay, checkIn(pastDay)), times: 10 },
      baseline: {
        run: counted(fixture.baselineDir, bytes.baseline, (round) =>
          baseline.append(dayOf(round), checkIn(dayOf(round))),
        ),
        times: 3,
        warmup: 1,
      },
    },
    rounds,
  )
  return { durations, bytes }
}

/** Opening storage at start-up: ours reads settings, app state and the current year; the baseline everything. */
export const startUps = (fixture: StorageFixture, rounds: number) =>
  alternateBlocks(
    {
      ours: {
        run: () => {
          const storage = setupStorage(fixture.userDataDir, clock, console)
          storage.settings.read()
          storage.appState.lastHeartbeat()
          storage.days.eventsFor(HISTORY_TODAY)
        },
      },
      baseline: {
        run: () => {
          createSettingsStore({ cwd: fixture.baselineDir, ...quiet }).read()
          openAllYears(fixture.baselineDir)
        },
      },
    },
    rounds,
  )

/** Every date of `month`, read one by one as the month service reads them. */
const readMonth = (store: { eventsFor(date: LocalDate): DayEvent[] }, month: MonthRef) => {
  for (const date of datesOfMonth(month)) store.eventsFor(date)
}

/** One month from stores already open (`warm`), or opened for the read. */
export function monthReads(
  fixture: StorageFixture,
  month: MonthRef,
  rounds: number,
  warm: boolean,
) {
  const ours = setupStorage(fixture.userDataDir, clock, console).days
  const baseline = openAllYears(fixture.baselineDir)
  return alternateBlocks(
    {
      ours: {
        run: () =>
          readMonth(warm ? ours : setupStorage(fixture.userDataDir, clock, console).days, month),
      },
      baseline: {
        run: () => readMonth(warm ? baseline : openAllYears(fixture.baselineDir), month),
      },
    },
    rounds,
  )
}

/**
 * The once-a-day fold of a finished day's journal into its year file, when the store keeps a
 * journal; null when appends go straight to the year files.
 */
export function dailyFolds(fixture: StorageFixture, runs: number): number[] | null {
  const { days } = setupStorage(fixture.userDataDir, clock, console)
  if (!('fold' in days)) return null
  const fold = foldOf(days)
  const yesterday = '2026-11-23'
  const durations: number[] = []
  for (let run = 0; run < runs; run++) {
    for (let event = 0; event < 15; event++) days.append(yesterday, checkIn(yesterday))
    const startedAt = performance.now()
    fold(HISTORY_TODAY)
    durations.push(performance.now() - startedAt)
  }
  return durations
}
