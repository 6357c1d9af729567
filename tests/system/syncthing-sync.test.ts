// Two Sundowns, a laptop and a home desktop, synced by two real Syncthing daemons over loopback inside a private network namespace: both see the whole day.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Settings } from '../../src/core'
import { createJournaledDayEventStore } from '../../src/main/electron-store-day-journal'
import type { DevicesState } from '../../src/shared/ipc-contract'
import {
  rest,
  startSyncthingPair,
  syncthingUnavailable,
  waitFor,
  type SyncthingPair,
} from '../support/syncthing-pair'
import {
  conflictCopiesIn,
  eventsWrittenIn,
  filesUnder,
  settingsCopiesIn,
  sharedPartOf,
  winningSettings,
} from '../support/sync-folder'
import {
  DATE,
  at,
  dayOn,
  liveTheDay,
  promptsSince,
  type TwoDevices,
} from '../support/two-device-day'
import { launchDevice, type Device } from '../support/two-devices'

const onLinux = process.platform === 'linux'
const inCi = process.env['CI'] === 'true'
const unavailable = syncthingUnavailable()
if (unavailable && !(inCi && onLinux))
  console.warn(`Skipping the Syncthing sync test: ${unavailable}`)

test.runIf(inCi && onLinux && unavailable !== null)(
  'CI can run two Syncthing daemons in a private network namespace (.ci/run installs syncthing)',
  () => void expect(unavailable).toBeNull(),
)

/** How long the devices may take to agree before the test fails, saying what each one showed. */
const SYNC_TIMEOUT_MS = 40_000
const TEST_TIMEOUT_MS = 90_000

/** The ids of the day's events in a device's own store, read fresh from its files. */
const localEventIds = (device: Device) =>
  createJournaledDayEventStore({
    cwd: join(device.userDataDir, 'data'),
    onDamaged: () => undefined,
  })
    .eventsFor(DATE)
    .map((event) => event.id)

/** What each side changes when both save at once: the two never agree on any of these. */
const laptopSaved = { snoozeMinutes: 5, graceMinutes: 5, headsUpMinutes: 15, reminderLimit: 3 }
const desktopSaved = { snoozeMinutes: 10, graceMinutes: 10, headsUpMinutes: 20, reminderLimit: 2 }

/** The settings every device shares (language, shortcut and launch at login stay per device). */
const shared = ({ language: _l, shortcut: _s, launchAtLogin: _a, ...rest }: Settings) => rest

describe.skipIf(unavailable !== null)('a laptop and a home desktop synced by Syncthing', () => {
  let pair: SyncthingPair
  let laptop: Device
  let desktop: Device
  let devices: TwoDevices
  const ids = { laptop: '', desktop: '' }
  const syncTimesMs: number[] = []

  beforeAll(async () => {
    const startedAt = performance.now()
    pair = await startSyncthingPair()
    console.info(
      `Two Syncthing daemons connected in ${Math.round(performance.now() - startedAt)} ms`,
    )
    laptop = await launchDevice('laptop', 'darwin', at('09:00'))
    desktop = await launchDevice('desktop', 'win32', at('09:00'))
    const [laptopFolder, desktopFolder] = pair.sides.map((side) => side.folder) as [string, string]
    const onLaptop: DevicesState = await laptop.chooseSyncFolder(laptopFolder)
    const onDesktop: DevicesState = await desktop.chooseSyncFolder(desktopFolder)
    ids.laptop = onLaptop.thisDevice.id
    ids.desktop = onDesktop.thisDevice.id
    devices = {
      laptop,
      desktop,
      async syncUntil(what, check) {
        await waitFor(
          what,
          async () => {
            syncTimesMs.push(await pair.syncNow())
            return check()
          },
          SYNC_TIMEOUT_MS,
        ).catch(async (error: Error) => {
          throw new Error(`${error.message}\n${await whereThingsStand()}`, { cause: error })
        })
      },
    }
  }, 60_000)

  /** What each side of the folder holds and what each device has read, for a failing wait's message. */
  const whereThingsStand = async () => {
    const sides = pair.sides.map((side, index) => {
      const events = eventsWrittenIn(side.folder)
      const perDevice = [ids.laptop, ids.desktop].map(
        (id) => events.filter((event) => event.device === id).length,
      )
      return `side ${index}: events per device ${perDevice.join('/')}; files ${filesUnder(side.folder).join(', ')}`
    })
    const read = await Promise.all(
      [laptop, desktop].map(async (device) => {
        const state = await device.ask<DevicesState>('getDevices')
        return `${device.name}: ${state.status}, last read ${state.lastSyncAt}, problems ${JSON.stringify(state.problems)}, others ${state.others.map((other) => other.id).join(' ')}, local events ${localEventIds(device).length}`
      }),
    )
    return [...sides, ...read].join('\n')
  }

  afterAll(async () => {
    laptop?.quit()
    desktop?.quit()
    await pair?.stop()
    if (syncTimesMs.length > 0)
      console.info(
        `Syncthing carried changes across in ${syncTimesMs.map(Math.round).join(', ')} ms (scan to both sides in step)`,
      )
  }, 30_000)

  test('no packet can leave: the daemons run in a network namespace whose only interface is loopback', () => {
    expect(pair.interfaces).toEqual(['lo'])
  })

  test('each daemon runs with discovery, relays, NAT, reporting and upgrades off, and reaches its peer on 127.0.0.1', async () => {
    for (const [self, peer] of [pair.sides, [...pair.sides].reverse()] as const) {
      expect(await rest(self, 'GET', '/rest/config/options')).toMatchObject({
        globalAnnounceEnabled: false,
        localAnnounceEnabled: false,
        relaysEnabled: false,
        natEnabled: false,
        urAccepted: -1,
        crashReportingEnabled: false,
        autoUpgradeIntervalH: 0,
      })
      const { connections } = (await rest(self, 'GET', '/rest/system/connections')) as {
        connections: Record<string, { connected: boolean; address: string }>
      }
      expect(connections[peer?.deviceId ?? '']).toMatchObject({ connected: true })
      expect(connections[peer?.deviceId ?? '']?.address).toMatch(/^127\.0\.0\.1:/)
    }
  })

  test(
    'ritual on the laptop at 17:35, mail on the desktop 20:00–21:00 → both show left 17:35 and 60 after-hours minutes',
    async () => {
      // The desktop learns over Syncthing that the day is done before it wakes: it must not prompt.
      const want = await liveTheDay(devices, ids, () => `\n${pair.logs()}`)
      expect(await dayOn(laptop)).toEqual(want)
      expect(await dayOn(desktop)).toEqual(want)
      // The heads-up and the end prompt on the laptop in use; nothing on the desktop, which slept.
      expect(promptsSince(laptop, at('17:00')).map((prompt) => prompt.at)).toEqual([
        at('17:15'),
        at('17:30'),
      ])
      expect(promptsSince(desktop, at('20:00'))).toEqual([])
    },
    TEST_TIMEOUT_MS,
  )

  test(
    'both save different settings at once → both end with the copy with the highest stamp; no event lost or doubled',
    async () => {
      const [laptopSettings, desktopSettings] = await Promise.all([
        laptop.ask<Settings>('getSettings'),
        desktop.ask<Settings>('getSettings'),
      ])
      await Promise.all([
        laptop.ask('saveSettings', { ...laptopSettings, ...laptopSaved }),
        desktop.ask('saveSettings', { ...desktopSettings, ...desktopSaved }),
      ])
      const settingsAgree = async () => {
        const [onLaptop, onDesktop] = await Promise.all([
          laptop.ask<Settings>('getSettings'),
          desktop.ask<Settings>('getSettings'),
        ])
        return JSON.stringify(shared(onLaptop)) === JSON.stringify(shared(onDesktop))
      }
      await devices.syncUntil('both devices to agree on the settings', settingsAgree)

      const copies = settingsCopiesIn(pair.sides[0].folder)
      expect(copies.map((copy) => copy.device).sort()).toEqual([ids.laptop, ids.desktop].sort())
      const winner = winningSettings(pair.sides[0].folder)
      expect(winningSettings(pair.sides[1].folder)).toEqual(winner)
      expect([laptopSaved, desktopSaved]).toContainEqual(sharedPartOf(winner, laptopSaved))
      expect(sharedPartOf(await laptop.ask<Settings>('getSettings'), winner)).toEqual(winner)
      expect(sharedPartOf(await desktop.ask<Settings>('getSettings'), winner)).toEqual(winner)

      // Both sides of the folder hold the same files, and the union of events is whole and single.
      expect(filesUnder(pair.sides[1].folder)).toEqual(filesUnder(pair.sides[0].folder))
      const [laptopSide, desktopSide] = pair.sides.map((side) => eventsWrittenIn(side.folder))
      expect(desktopSide).toEqual(laptopSide)
      const eventIds = (laptopSide ?? []).map((event) => event.id)
      expect(new Set(eventIds).size).toBe(eventIds.length)
      expect(new Set(laptopSide?.map((event) => event.device))).toEqual(
        new Set([ids.laptop, ids.desktop]),
      )
      expect(laptopSide?.filter((event) => event.type === 'ritual-completed')).toHaveLength(1)
      for (const side of pair.sides) expect(conflictCopiesIn(side.folder)).toEqual([])
      // Each device merged every event of the day into its own store, once.
      const ofTheDay = laptopSide?.filter((event) => event.date === DATE) ?? []
      for (const device of [laptop, desktop]) {
        const stored = localEventIds(device)
        expect(new Set(stored).size).toBe(stored.length)
        expect(stored).toEqual(expect.arrayContaining(ofTheDay.map((event) => event.id)))
      }
    },
    TEST_TIMEOUT_MS,
  )
})
