// A renderer that sends bad payloads, or a frame that is not Sundown's, gets a clear refusal and nothing is done.
import { ipcMain, resetElectronStandIn } from '../support/electron-stand-in'
import { beforeEach, describe, expect, test } from 'vitest'
import { setupIpcHandlers, type CommandHandlers } from '../../src/main/ipc-handlers'
import { COMMAND_NAMES, channelOf } from '../../src/shared/ipc-channels'
import { DEFAULT_SETTINGS } from '../../src/core'
import { readRefusal } from '../../src/renderer/src/refusal'
import { en } from '../../src/shared/messages/en'

const OWN_URL = 'file:///app/out/renderer/index.html?view=popover'
const calls: string[] = []

const handlers = Object.fromEntries(
  COMMAND_NAMES.map((name) => [name, () => void calls.push(name)]),
) as unknown as CommandHandlers

const huge = 'x'.repeat(100_000)
const pollution = JSON.parse(
  '{"__proto__": {"polluted": true}, "energy": 3, "alignment": 3, "note": ""}',
)

const malformed: Record<string, unknown[]> = {
  getToday: [{}, 'today', 42],
  checkIn: [
    undefined,
    { energy: '3', alignment: 3, note: '' },
    { energy: 6, alignment: 3, note: '' },
    { energy: 2.5, alignment: 3, note: '' },
    { energy: 3, note: '' },
    { energy: 3, alignment: 3, note: huge },
    { energy: 3, alignment: 3, note: '', extra: true },
    pollution,
  ],
  startRitual: [{ step: 1 }],
  answerRitualStep: [{ stepId: 'x' }, { stepId: 'x', answer: huge }, { stepId: 7, answer: '' }],
  completeRitual: ['now'],
  snooze: [{ minutes: 10 }],
  stayLate: [
    { until: '25:99', reason: 'deadline', note: '' },
    { until: '19:00', reason: 'bored', note: '' },
    { until: '19:00', reason: 'deadline' },
  ],
  declareDayOff: [[]],
  pauseReminders: [true],
  correctLeave: [
    { date: 'yesterday', leftAt: '17:42' },
    { date: '2026-11-24', leftAt: '5pm' },
  ],
  confirmLeave: [{}, { date: 20261124 }],
  getMonth: [{ month: '2026-13' }, { month: 'November' }, {}],
  saveMonthReview: [{ month: '2026-11', answer: huge }, { month: '2026-11' }],
  getSettings: [{ all: true }],
  saveSettings: [
    {},
    { ...DEFAULT_SETTINGS, graceMinutes: -5 },
    { ...DEFAULT_SETTINGS, version: 9 },
  ],
  exportData: ['~/Desktop'],
  importData: [{ path: '/etc/passwd' }],
  openView: [{ view: 'devtools' }, {}],
  closeView: [{ view: 'https://example.com' }],
  reportZone: [
    { zone: 'Etc/Unknown' },
    { zone: 'x'.repeat(65) },
    { zone: 'Europe/Berlin', extra: 1 },
  ],
}

beforeEach(() => {
  resetElectronStandIn()
  calls.length = 0
  setupIpcHandlers(ipcMain, handlers, (url) => url.startsWith('file:///app/out/renderer/'))
})

describe('every channel refuses malformed payloads', () => {
  test('the table covers every command in the contract', () => {
    expect(Object.keys(malformed).sort()).toEqual([...COMMAND_NAMES].sort())
  })

  test.for(
    Object.entries(malformed).flatMap(([name, payloads]) =>
      payloads.map((payload) => [name, payload] as const),
    ),
  )('%s refuses %j', async ([name, payload]) => {
    // What the renderer's invoke rejects with: Electron's wrapper around the refusal's toString().
    await expect(ipcMain.invoke(channelOf(name as never), OWN_URL, payload)).rejects.toThrow(
      new RegExp(`^Error invoking remote method 'sundown:${name}': IpcRefusal: ${name} refused: `),
    )
    expect(calls).toEqual([])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('only Sundown’s own windows may ask', () => {
  test.for(['https://evil.example/', 'file:///tmp/other.html', ''])(
    'a request from %j is refused',
    async (url) => {
      await expect(ipcMain.invoke(channelOf('getToday'), url)).rejects.toThrow(
        /did not come from Sundown/,
      )
      expect(calls).toEqual([])
    },
  )

  test('a well-formed request from our window reaches its handler', async () => {
    await ipcMain.invoke(channelOf('checkIn'), OWN_URL, {
      energy: 4,
      alignment: 5,
      note: 'good day',
    })
    await ipcMain.invoke(channelOf('getToday'), OWN_URL)
    expect(calls).toEqual(['checkIn', 'getToday'])
  })
})

describe('what the renderer reads from a refusal', () => {
  test('a window that navigated away or closed (no sender frame) is refused, not a crash', async () => {
    await expect(ipcMain.invoke(channelOf('getToday'), null)).rejects.toThrow(
      /^Error invoking remote method 'sundown:getToday': IpcRefusal: getToday refused: the request did not come from Sundown/,
    )
    expect(calls).toEqual([])
  })

  test('the field at fault gets its own message, read from Electron’s invoke text', async () => {
    const failure = await ipcMain
      .invoke(channelOf('stayLate'), OWN_URL, { until: '25:99', reason: 'deadline', note: '' })
      .catch((error: unknown) => error)
    const refusal = readRefusal(failure, ['until', 'reason', 'note'], en)
    expect(Object.keys(refusal.fields)).toEqual(['until'])
    expect(refusal.fields['until']).not.toMatch(/refused|IpcRefusal|invoking/)
    expect(refusal.form).toBeNull()
  })

  test('a refusal that names no field is said for the whole form', async () => {
    const failure = await ipcMain
      .invoke(channelOf('getToday'), 'https://evil.example/')
      .catch((error: unknown) => error)
    expect(readRefusal(failure, [], en).form).toBe(
      "The request did not come from Sundown's own window.",
    )
  })
})
