/** Figure 2's fixture: the same ten years written our way (a file per year) and the baseline's way (one file). */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSettingsStore } from '../src/main/electron-store-settings'
import { setupStorage } from '../src/main/storage'
import { writeAllYears } from './all-years-store'
import { tenYearsOfHistory } from './ten-years'

/** Where each layout lives and how big it is. */
export interface StorageFixture {
  /** The app's user-data folder; its `data/` holds settings, app state and `days-YYYY.json`. */
  userDataDir: string
  dataDir: string
  /** The baseline's folder: settings and `days-all.json`. */
  baselineDir: string
  days: number
  events: number
  /** Bytes of each year file, by year. */
  yearFileBytes: Map<number, number>
  allYearsFileBytes: number
}

/** Generates the history and writes both layouts under the system's temporary folder. */
export function writeStorageFixture(): StorageFixture {
  const history = tenYearsOfHistory()
  const userDataDir = mkdtempSync(join(tmpdir(), 'sundown-bench-ours-'))
  const storage = setupStorage(userDataDir, { now: Date.now }, console)
  storage.days.merge(history)
  const baselineDir = mkdtempSync(join(tmpdir(), 'sundown-bench-baseline-'))
  createSettingsStore({ cwd: baselineDir, onDamaged: () => undefined })
  writeAllYears(baselineDir, history)
  const yearFileBytes = new Map<number, number>()
  for (const name of readdirSync(storage.folder)) {
    const year = /^days-(\d{4})\.json$/.exec(name)?.[1]
    if (year) yearFileBytes.set(Number(year), statSync(join(storage.folder, name)).size)
  }
  return {
    userDataDir,
    dataDir: storage.folder,
    baselineDir,
    days: history.length,
    events: history.reduce((total, day) => total + day.events.length, 0),
    yearFileBytes,
    allYearsFileBytes: statSync(join(baselineDir, 'days-all.json')).size,
  }
}

/** Deletes both layouts. */
export function removeStorageFixture(fixture: StorageFixture): void {
  rmSync(fixture.userDataDir, { recursive: true, force: true })
  rmSync(fixture.baselineDir, { recursive: true, force: true })
}
