// The laptop-and-desktop day over a simulated sync engine that delivers late, out of order, half-written, through temporary files and with conflict copies: both still see the whole day.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { Settings } from '../../src/core'
import { FakeSyncEngine } from '../support/fake-sync-engine'
import {
  conflictCopiesIn,
  eventsWrittenIn,
  filesUnder,
  sharedPartOf,
  winningSettings,
} from '../support/sync-folder'
import { waitFor } from '../support/syncthing-pair'
import { at, dayOn, liveTheDay, promptsSince, type TwoDevices } from '../support/two-device-day'
import { launchDevice, type Device } from '../support/two-devices'

const TEST_TIMEOUT_MS = 40_000
/** Each seed is another run of the engine's tricks: other delays, orders and cuts. */
const ENGINE_SEEDS = [15, 7, 2026]
/** What each side changes when both save at once: the two never agree on any of these. */
const laptopSaved = { snoozeMinutes: 5, graceMinutes: 5, headsUpMinutes: 15, reminderLimit: 3 }
const desktopSaved = { snoozeMinutes: 10, graceMinutes: 10, headsUpMinutes: 20, reminderLimit: 2 }

/** The settings every device shares (language, shortcut and launch at login stay per device). */
const shared = ({ language: _l, shortcut: _s, launchAtLogin: _a, ...rest }: Settings) => rest
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

let folders: [string, string]
let engine: FakeSyncEngine
let devices: TwoDevices
const ids = { laptop: '', desktop: '' }

beforeEach(async () => {
  folders = [
    mkdtempSync(join(tmpdir(), 'sundown-laptop-sync-')),
    mkdtempSync(join(tmpdir(), 'sundown-desktop-sync-')),
  ]
  const laptop: Device = await launchDevice('laptop', 'darwin', at('09:00'))
  const desktop: Device = await launchDevice('desktop', 'win32', at('09:00'))
  ids.laptop = (await laptop.chooseSyncFolder(folders[0])).thisDevice.id
  ids.desktop = (await desktop.chooseSyncFolder(folders[1])).thisDevice.id
  devices = {
    laptop,
    desktop,
    async syncUntil(what, check) {
      await waitFor(
        what,
        async () => {
          engine.syncRound()
          // The watchers see the files on the real event loop: give them a moment.
          await pause(40)
          return check()
        },
        20_000,
      )
    },
  }
})

afterEach(() => {
  devices.laptop.quit()
  devices.desktop.quit()
})

describe('two computers synced by an unkind sync engine', () => {
  test.each(ENGINE_SEEDS)(
    'ritual on the laptop at 17:35, mail on the desktop 20:00–21:00 → both show left 17:35 and 60 after-hours minutes (engine seed %i)',
    async (seed) => {
      engine = new FakeSyncEngine(folders, seed)
      const { laptop, desktop } = devices
      const want = await liveTheDay(devices, ids)
      expect(await dayOn(laptop)).toEqual(want)
      expect(await dayOn(desktop)).toEqual(want)
      expect(promptsSince(desktop, at('20:00'))).toEqual([])

      // Then both save different settings at once: both end with the copy with the highest stamp.
      const [laptopSettings, desktopSettings] = await Promise.all([
        laptop.ask<Settings>('getSettings'),
        desktop.ask<Settings>('getSettings'),
      ])
      await Promise.all([
        laptop.ask('saveSettings', { ...laptopSettings, snoozeMinutes: 5, graceMinutes: 5 }),
        desktop.ask('saveSettings', { ...desktopSettings, headsUpMinutes: 20, reminderLimit: 2 }),
      ])
      await devices.syncUntil(
        'the settings to agree and every conflict copy to be merged away',
        async () => {
          const [onLaptop, onDesktop] = await Promise.all([
            laptop.ask<Settings>('getSettings'),
            desktop.ask<Settings>('getSettings'),
          ])
          return (
            JSON.stringify(shared(onLaptop)) === JSON.stringify(shared(onDesktop)) &&
            folders.every((folder) => conflictCopiesIn(folder).length === 0) &&
            JSON.stringify(filesUnder(folders[0])) === JSON.stringify(filesUnder(folders[1]))
          )
        },
      )
      const winner = winningSettings(folders[0])
      expect(winningSettings(folders[1])).toEqual(winner)
      expect([laptopSaved, desktopSaved]).toContainEqual(sharedPartOf(winner, laptopSaved))
      expect(sharedPartOf(await laptop.ask<Settings>('getSettings'), winner)).toEqual(winner)
      expect(sharedPartOf(await desktop.ask<Settings>('getSettings'), winner)).toEqual(winner)

      // No event lost or doubled, and every trick of the engine was played on the way.
      const [laptopSide, desktopSide] = folders.map(eventsWrittenIn)
      expect(desktopSide).toEqual(laptopSide)
      const eventIds = laptopSide?.map((event) => event.id) ?? []
      expect(new Set(eventIds).size).toBe(eventIds.length)
      expect([...engine.happened].sort()).toEqual([
        'delayed',
        'dropbox-conflict-copy',
        'reordered',
        'syncthing-conflict-copy',
        'temp-file',
        'truncated',
      ])
    },
    TEST_TIMEOUT_MS,
  )
})
