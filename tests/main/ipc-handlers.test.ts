// A renderer that sends bad payloads, or a frame that is not Sundown's, gets a refusal as data and nothing is done; a handler's bug answers `failed` and is logged.
import { ipcMain, resetElectronStandIn } from '../support/electron-stand-in'
import { beforeEach, describe, expect, test } from 'vitest'
import { setupIpcHandlers, type CommandHandlers } from '../../src/main/ipc-handlers'
import { COMMAND_NAMES, channelOf } from '../../src/shared/ipc-channels'
import { DEFAULT_SETTINGS } from '../../src/core'
import { refusalOf } from '../../src/renderer/src/refusal'
import { en } from '../../src/shared/messages/en'

const OWN_URL = 'file:///app/out/renderer/index.html?view=popover'
const calls: string[] = []
const logged: { level: 'warn' | 'error'; message: string; error?: unknown }[] = []
const logger = {
  warn: (message: string) => void logged.push({ level: 'warn', message }),
  error: (message: string, error?: unknown) => void logged.push({ level: 'error', message, error }),
}

const handlers = Object.fromEntries(
  COMMAND_NAMES.map((name) => [
    name,
    () => {
      calls.push(name)
      return { ok: true, value: null }
    },
  ]),
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
  getDevices: [{ folder: '/' }],
  chooseSyncFolder: ['/home/user/Sync'],
  stopSync: [true],
  saveThisDevice: [
    { name: '   ', countsAsWork: true },
    { name: 'x'.repeat(65), countsAsWork: true },
    { name: 'Laptop' },
    { name: 'Laptop', countsAsWork: 'yes' },
  ],
}

beforeEach(() => {
  resetElectronStandIn()
  calls.length = 0
  logged.length = 0
  setupIpcHandlers(ipcMain, handlers, (url) => url.startsWith('file:///app/out/renderer/'), logger)
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
    // A result, never a rejection: the renderer reads fields, not Electron's error text.
    const answer = await ipcMain.invoke(channelOf(name as never), OWN_URL, payload)
    expect(answer).toMatchObject({ ok: false, problem: { code: 'fields' } })
    const { errors } = (answer as { problem: { errors: { field: string }[] } }).problem
    expect(errors.length).toBeGreaterThan(0)
    expect(calls).toEqual([])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('only Sundown’s own windows may ask', () => {
  test.for(['https://evil.example/', 'file:///tmp/other.html', ''])(
    'a request from %j is refused',
    async (url) => {
      await expect(ipcMain.invoke(channelOf('getToday'), url)).resolves.toEqual({
        ok: false,
        problem: { code: 'not-sundown' },
      })
      expect(calls).toEqual([])
      expect(logged).toEqual([{ level: 'warn', message: expect.stringMatching(/getToday/) }])
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

  test('a window that navigated away or closed (no sender frame) is refused, not a crash', async () => {
    await expect(ipcMain.invoke(channelOf('getToday'), null)).resolves.toEqual({
      ok: false,
      problem: { code: 'not-sundown' },
    })
    expect(calls).toEqual([])
  })
})

describe('a handler that throws (a bug in main)', () => {
  test('answers failed, logs the error, and the channel keeps working', async () => {
    resetElectronStandIn()
    const bug = new Error('cannot read properties of undefined')
    setupIpcHandlers(
      ipcMain,
      {
        ...handlers,
        getToday: () => {
          throw bug
        },
      },
      () => true,
      logger,
    )
    await expect(ipcMain.invoke(channelOf('getToday'), OWN_URL)).resolves.toEqual({
      ok: false,
      problem: { code: 'failed' },
    })
    expect(logged).toEqual([{ level: 'error', message: 'The getToday command failed', error: bug }])
    await expect(ipcMain.invoke(channelOf('snooze'), OWN_URL)).resolves.toEqual({
      ok: true,
      value: null,
    })
  })
})

describe('what the renderer reads from a refusal', () => {
  test('the field at fault gets its own message, in the user’s words', async () => {
    const answer = await ipcMain.invoke(channelOf('stayLate'), OWN_URL, {
      until: '25:99',
      reason: 'deadline',
      note: '',
    })
    expect(answer).toEqual({
      ok: false,
      problem: { code: 'fields', errors: [{ field: 'until', problem: { code: 'clock-time' } }] },
    })
    const { problem } = answer as { problem: Parameters<typeof refusalOf>[0] }
    expect(refusalOf(problem, ['until', 'reason', 'note'], en)).toEqual({
      fields: { until: 'Use a time like 17:30.' },
      form: null,
    })
  })

  test('a refusal that names no field is said for the whole form', async () => {
    const answer = await ipcMain.invoke(channelOf('getToday'), 'https://evil.example/')
    const { problem } = answer as { problem: Parameters<typeof refusalOf>[0] }
    expect(refusalOf(problem, [], en).form).toBe(
      "The request did not come from Sundown's own window.",
    )
  })

  test('a setting at fault is named by its path, with the settings problem', async () => {
    const answer = await ipcMain.invoke(channelOf('saveSettings'), OWN_URL, {
      ...DEFAULT_SETTINGS,
      graceMinutes: -5,
    })
    expect(answer).toEqual({
      ok: false,
      problem: {
        code: 'fields',
        errors: [{ field: 'graceMinutes', problem: { code: 'negative', unit: 'minutes' } }],
      },
    })
  })
})
