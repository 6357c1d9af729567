// Sync through the real composition root: the folder chosen in a dialog, the watcher, the Devices commands and what the user is told.
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import type { DevicesState } from '../../src/shared/devices-state'
import { deviceFolderOf } from '../../src/main/jsonl-device-folder'
import {
  BrowserWindow,
  app,
  dialog,
  powerMonitor,
  recorded,
  resetElectronStandIn,
} from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import {
  ask,
  berlin,
  invoke,
  launchSundown,
  quitLaunched,
  type ShownPrompt,
} from '../support/launch-sundown'
import { lineFor, linesOf, tempFolder } from '../support/sync-device'

const date = '2026-12-07'
let clock: FakeClock
let folder: string
const shown: ShownPrompt[] = []
const original = dialog.showOpenDialog
const answerFolder = (path: string) =>
  void (dialog.showOpenDialog = (() =>
    Promise.resolve({ canceled: false, filePaths: [path] })) as unknown as typeof original)

beforeEach(() => {
  resetElectronStandIn()
  clock = new FakeClock(berlin(date, '09:00'))
  folder = tempFolder('sync')
})

afterEach(() => {
  dialog.showOpenDialog = original
  quitLaunched()
})

/** Waits for the real watcher: a condition polled on real time, up to a few seconds. */
async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('The watcher never brought the change.')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const pushedDevices = (): DevicesState[] =>
  BrowserWindow.all.flatMap((window) =>
    window.webContents.sent
      .filter((message) => message.channel === 'sundown:devicesChanged')
      .map((message) => message.args[0] as DevicesState),
  )

test('choosing a folder turns sync on: a check-in here is published, the desktop’s evening arrives through the watcher', async () => {
  const sundown = launchSundown(clock, app.getPath('userData'), shown)
  expect(((await ask('getDevices')) as DevicesState).status).toBe('off')
  answerFolder(folder)
  const state = (await ask('chooseSyncFolder')) as DevicesState
  expect(state).toMatchObject({ folder, status: 'syncing', problems: [] })
  expect(state.thisDevice.id).toMatch(/^[A-Za-z0-9-]{1,64}$/)
  expect(pushedDevices().at(-1)).toMatchObject({ folder, status: 'syncing' })

  await ask('checkIn', { energy: 4, alignment: 4, note: '' })
  expect(linesOf(folder, state.thisDevice.id).map((line) => line.event.type)).toContain('check-in')

  const desktop = deviceFolderOf(folder, 'home-desktop')
  mkdirSync(desktop, { recursive: true })
  writeFileSync(
    join(desktop, 'device.json'),
    JSON.stringify({
      name: 'Home desktop',
      platform: 'linux',
      countsAsWork: true,
      lastSeenAt: clock.now(),
    }),
  )
  appendFileSync(
    join(desktop, 'events-2026.jsonl'),
    lineFor(date, {
      id: 'evening-mail',
      at: berlin(date, '20:00'),
      type: 'back',
      reason: 'unlock',
    }),
  )
  await eventually(() =>
    sundown.day.dayAt(date).events.some((event) => event.id === 'evening-mail'),
  )
  await eventually(() => pushedDevices().at(-1)?.others.length === 1)
  expect(pushedDevices().at(-1)?.others[0]).toMatchObject({
    id: 'home-desktop',
    name: 'Home desktop',
  })
})

test('picking the Sundown folder inside a synced folder means the synced folder', async () => {
  launchSundown(clock, app.getPath('userData'), shown)
  mkdirSync(join(folder, 'Sundown', 'devices'), { recursive: true })
  answerFolder(join(folder, 'Sundown'))
  expect(await ask('chooseSyncFolder')).toMatchObject({ folder, status: 'syncing' })
})

test('a folder Sundown cannot write in is refused, naming it; a cancelled dialog changes nothing', async () => {
  launchSundown(clock, app.getPath('userData'), shown)
  const notAFolder = join(folder, 'a-file')
  writeFileSync(notAFolder, '')
  answerFolder(notAFolder)
  expect(await invoke('chooseSyncFolder')).toEqual({
    ok: false,
    problem: { code: 'sync-folder-unwritable', folder: notAFolder },
  })
  dialog.showOpenDialog = (() =>
    Promise.resolve({ canceled: true, filePaths: [] })) as unknown as typeof original
  expect(((await ask('chooseSyncFolder')) as DevicesState).status).toBe('off')
})

test('the folder goes missing: told once in a dialog; stop sync keeps everything here; this device renamed', async () => {
  launchSundown(clock, app.getPath('userData'), shown)
  answerFolder(folder)
  await ask('chooseSyncFolder')
  renameSync(folder, `${folder}-away`)
  clock.advanceTo(berlin(date, '09:30'))
  clock.advanceTo(berlin(date, '10:30'))
  const missing = recorded.dialogs.filter((shownDialog) =>
    JSON.stringify(shownDialog).includes('The sync folder is missing'),
  )
  expect(missing).toHaveLength(1)
  expect(((await ask('getDevices')) as DevicesState).status).toBe('folder-missing')

  const stopped = (await ask('stopSync')) as DevicesState
  expect(stopped).toMatchObject({ folder: null, status: 'off', problems: [] })
  const renamed = (await ask('saveThisDevice', {
    name: 'Work laptop',
    countsAsWork: false,
  })) as DevicesState
  expect(renamed.thisDevice).toMatchObject({ name: 'Work laptop', countsAsWork: false })
})

test.each([
  { countsAsWork: true, afterHours: 60 },
  { countsAsWork: false, afterHours: 0 },
])(
  'ritual at 17:35 on the laptop, mail 20:00–21:00 on a desktop that counts as work: $countsAsWork → $afterHours after-hours minutes',
  async ({ countsAsWork, afterHours }) => {
    const sundown = launchSundown(clock, app.getPath('userData'), shown)
    answerFolder(folder)
    await ask('chooseSyncFolder')
    clock.advanceTo(berlin(date, '17:35'))
    await ask('completeRitual')
    // A second later the laptop's lid closes; it sleeps through the evening.
    clock.advanceTo(berlin(date, '17:35') + 1_000)
    powerMonitor.emit('suspend')
    clock.jumpTo(berlin(date, '22:00'))
    const desktop = deviceFolderOf(folder, 'home-desktop')
    mkdirSync(desktop, { recursive: true })
    writeFileSync(
      join(desktop, 'device.json'),
      JSON.stringify({
        name: 'Home desktop',
        platform: 'win32',
        countsAsWork,
        lastSeenAt: clock.now(),
      }),
    )
    appendFileSync(
      join(desktop, 'events-2026.jsonl'),
      lineFor(date, { id: 'mail-on', at: berlin(date, '20:00'), type: 'back', reason: 'unlock' }) +
        lineFor(date, { id: 'mail-off', at: berlin(date, '21:00'), type: 'away', reason: 'lock' }),
    )
    await eventually(() => sundown.day.dayAt(date).events.some((event) => event.id === 'mail-off'))
    const { record } = sundown.day.dayAt(date)
    expect(record.afterHoursMinutes).toBe(afterHours)
    expect(record.leftAt).toBe(berlin(date, '17:35'))
  },
)
