// A device with real stores in its own temporary data folder and the real sync engine, for sync tests without the shell.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dayOf, type DayEvent, type LocalDate } from '../../src/core'
import type { SyncProblem } from '../../src/shared/devices-state'
import { createFolderSync, syncStoresOf } from '../../src/main/folder-sync'
import { deviceFolderOf } from '../../src/main/jsonl-device-folder'
import { setupStorage } from '../../src/main/storage'
import { ZONE } from './launch-sundown'

/** A fresh temporary folder. */
export const tempFolder = (name: string): string => mkdtempSync(join(tmpdir(), `sundown-${name}-`))

/** One installation: its stores, its sync engine, and what the engine told it. */
export function syncDevice(clock: { now(): number }, userDataDir = tempFolder('device')) {
  const warnings: string[] = []
  const logger = {
    info: () => undefined,
    warn: (message: string) => void warnings.push(message),
    error: (message: string) => void warnings.push(message),
  }
  const storage = setupStorage(userDataDir, clock, logger, () => 'test-host')
  const seen = { recordChanges: 0, settingsApplied: 0, stateChanges: 0, told: [] as SyncProblem[] }
  const today = (): LocalDate => dayOf(clock.now(), ZONE, storage.settings.read().rolloverHour)
  const sync = createFolderSync({
    ...syncStoresOf(storage),
    platform: 'linux',
    now: () => clock.now(),
    today,
    newId: () => crypto.randomUUID(),
    logger,
    recordChanged: () => void seen.recordChanges++,
    settingsApplied: () => void seen.settingsApplied++,
    stateChanged: () => void seen.stateChanges++,
    tell: (problem) => void seen.told.push(problem),
  })
  let counter = 0
  return {
    userDataDir,
    storage,
    sync,
    seen,
    warnings,
    id: () => storage.identity.read().id,
    /** Records an event here, as the day service would: stored, then published by the feed. */
    record(type: 'check-in' | 'heartbeat' | 'app-started' = 'heartbeat', date = today()): DayEvent {
      const event = (
        type === 'check-in'
          ? {
              id: `e-${Date.now()}-${counter++}`,
              at: clock.now(),
              type,
              energy: 3,
              alignment: 3,
              note: '',
            }
          : { id: `e-${Date.now()}-${counter++}`, at: clock.now(), type }
      ) as DayEvent
      storage.days.append(date, event)
      return event
    },
    /** Every event stored here on `date`. */
    eventsOn: (date: LocalDate = today()) => storage.days.eventsFor(date),
    today,
  }
}

/** The lines of a device's events file in the sync folder, parsed. */
export function linesOf(
  folder: string,
  device: string,
  year = 2026,
): { date: string; event: DayEvent }[] {
  const path = join(deviceFolderOf(folder, device), `events-${year}.jsonl`)
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { date: string; event: DayEvent })
}

/** Writes lines as another device would, into its folder (made when missing). */
export function appendAs(
  folder: string,
  device: string,
  text: string,
  name = 'events-2026.jsonl',
): string {
  const dir = deviceFolderOf(folder, device)
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  appendFileSync(path, text)
  return path
}

/** A line for `event` on `date`, as another device writes it. */
export const lineFor = (date: string, event: object): string =>
  `${JSON.stringify({ date, event })}\n`

/** The names in a folder, or none. */
export const namesIn = (folder: string): string[] => {
  try {
    return readdirSync(folder).sort()
  } catch {
    return []
  }
}
