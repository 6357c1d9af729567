// The user's data through the real wiring: a damaged file is moved aside and told once; export and import round-trip.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import {
  BrowserWindow,
  Tray,
  app,
  dialog,
  recorded,
  resetElectronStandIn,
} from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import {
  berlin,
  ask,
  invoke,
  launchSundown,
  quitLaunched,
  type ShownPrompt,
} from '../support/launch-sundown'

const date = '2026-11-24'
let clock: FakeClock
let userDataDir: string
const shown: ShownPrompt[] = []
const original = { save: dialog.showSaveDialog, open: dialog.showOpenDialog }
const chooseSavePath = (filePath: string) =>
  void (dialog.showSaveDialog = (() =>
    Promise.resolve({ canceled: false, filePath })) as unknown as typeof original.save)
const chooseOpenPath = (path: string) =>
  void (dialog.showOpenDialog = (() =>
    Promise.resolve({ canceled: false, filePaths: [path] })) as unknown as typeof original.open)

beforeEach(() => {
  resetElectronStandIn()
  userDataDir = app.getPath('userData')
  clock = new FakeClock(berlin(date, '09:00'))
})

afterEach(() => {
  dialog.showSaveDialog = original.save
  dialog.showOpenDialog = original.open
  quitLaunched()
})

test('a damaged journal is moved aside, not wiped, and the user is told once — dialog and tray', () => {
  mkdirSync(join(userDataDir, 'data'), { recursive: true })
  writeFileSync(join(userDataDir, 'data', 'days-journal.json'), '{"days": {"2026-11-24": [')
  launchSundown(clock, userDataDir, shown)
  const files = readdirSync(join(userDataDir, 'data'))
  const movedAside = files.find((name) => name.startsWith('days-journal.damaged-'))
  expect(movedAside).toBeDefined()
  expect(readFileSync(join(userDataDir, 'data', movedAside ?? ''), 'utf8')).toBe(
    '{"days": {"2026-11-24": [',
  )
  expect(recorded.dialogs).toHaveLength(1)
  expect(JSON.stringify(recorded.dialogs[0])).toContain(movedAside)
  // Windows shows a tray tooltip's first 127 characters only: the day's status first, no paths.
  const tooltip = Tray.all.at(-1)?.tooltip ?? ''
  expect(tooltip).toBe('Ends 17:30 — in 8 h 30 min\nA damaged data file was moved aside')
  expect(tooltip.length).toBeLessThanOrEqual(127)

  quitLaunched()
  launchSundown(clock, userDataDir, shown)
  // Still only the first launch's dialog.
  expect(recorded.dialogs).toHaveLength(1)
})

test('export everything, import it on a fresh machine, import again: the same days, nothing doubled', async () => {
  launchSundown(clock, userDataDir, shown)
  await invoke('checkIn', { energy: 5, alignment: 4, note: 'a good start' })
  clock.advanceTo(berlin(date, '17:25'))
  await invoke('completeRitual')
  const exportPath = join(tmpdir(), `sundown-export-${Date.now()}.json`)
  chooseSavePath(exportPath)
  expect(await ask('exportData')).toEqual({ saved: true, path: exportPath })

  quitLaunched()
  const laptop = mkdtempSync(join(tmpdir(), 'sundown-laptop-'))
  launchSundown(clock, laptop, shown)
  chooseOpenPath(exportPath)
  const first = (await ask('importData')) as { imported: number; skipped: number }
  expect(first.imported).toBeGreaterThanOrEqual(3)
  const second = (await ask('importData')) as { imported: number; skipped: number }
  expect(second.imported).toBe(0)
  const today = (await ask('getToday')) as {
    record: { checkIns: { note: string }[]; leftSource: string }
  }
  expect(today.record.checkIns.map((checkIn) => checkIn.note)).toEqual(['a good start'])
  expect(today.record.leftSource).toBe('ritual')
})

test('a malformed import is refused with a clear message and changes nothing', async () => {
  launchSundown(clock, userDataDir, shown)
  await invoke('checkIn', { energy: 3, alignment: 3, note: '' })
  const folder = join(userDataDir, 'data')
  const before = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'))
  const bad = join(tmpdir(), `sundown-bad-${Date.now()}.json`)
  writeFileSync(bad, JSON.stringify({ format: 'sundown-export', version: 1, days: 'all of them' }))
  chooseOpenPath(bad)
  expect(await invoke('importData')).toEqual({
    ok: false,
    problem: { code: 'import-at', path: expect.any(String), issue: expect.stringMatching(/\S/) },
  })
  expect(readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'))).toEqual(
    before,
  )
})

test('a file over 64 MiB on disk is refused by its size, before it is read', async () => {
  launchSundown(clock, userDataDir, shown)
  const huge = join(tmpdir(), `sundown-huge-${Date.now()}.json`)
  // Sparse: 5 GiB on paper, nothing on disk; reading it whole would fail (Node reads at most 2 GiB).
  writeFileSync(huge, '')
  truncateSync(huge, 5 * 1024 ** 3)
  // Multi-byte text: 32 Mi characters but 64 MiB and two bytes, so only a byte count refuses it.
  const wide = join(tmpdir(), `sundown-wide-${Date.now()}.json`)
  writeFileSync(wide, 'é'.repeat(32 * 1024 * 1024 + 1))
  try {
    for (const path of [huge, wide]) {
      chooseOpenPath(path)
      expect(await invoke('importData')).toEqual({
        ok: false,
        problem: { code: 'import-too-large' },
      })
    }
  } finally {
    rmSync(huge)
    rmSync(wide)
  }
})

test('the day records export as CSV when the user picks a .csv name', async () => {
  launchSundown(clock, userDataDir, shown)
  clock.advanceTo(berlin(date, '17:35'))
  await invoke('completeRitual')
  const csvPath = join(tmpdir(), `sundown-records-${Date.now()}.csv`)
  chooseSavePath(csvPath)
  await invoke('exportData')
  const [header, row] = readFileSync(csvPath, 'utf8').trim().split('\n')
  expect(header).toMatch(/^date,/)
  expect(row).toMatch(/^2026-11-24,/)
  expect(row).toContain('ritual')
})

test('moving tomorrow’s end time later does not re-judge a day already lived', async () => {
  launchSundown(clock, userDataDir, shown)
  clock.advanceTo(berlin(date, '17:50'))
  await invoke('completeRitual')
  const settings = (await ask('getSettings')) as { weekly: Record<string, object> }
  const later = {
    ...settings,
    weekly: { ...settings.weekly, tue: { workday: true, end: '18:30' } },
  }
  clock.advanceTo(berlin('2026-11-25', '09:00'))
  expect(await invoke('saveSettings', later)).toEqual({ ok: true, value: null })
  const month = (await ask('getMonth', { month: '2026-11' })) as {
    days: { date: string; status: string; record: { minutesLate: number } | null }[]
  }
  const lived = month.days.find((day) => day.date === date)
  expect(lived?.status).toBe('a-little-late')
  expect(lived?.record?.minutesLate).toBe(20)
})

test('the month-end review is kept with the month, across a restart', async () => {
  clock = new FakeClock(berlin('2026-12-01', '09:00'))
  launchSundown(clock, userDataDir, shown)
  await invoke('saveMonthReview', { month: '2026-11', answer: 'Too many late Thursdays.' })
  quitLaunched()
  launchSundown(clock, userDataDir, shown)
  const november = (await ask('getMonth', { month: '2026-11' })) as { review: string | null }
  const october = (await ask('getMonth', { month: '2026-10' })) as { review: string | null }
  expect(november.review).toBe('Too many late Thursdays.')
  expect(october.review).toBeNull()
})

test('the export and import pickers open over the Settings window that asked for them', async () => {
  launchSundown(clock, userDataDir, shown)
  await ask('openView', { view: 'settings' })
  const parents: unknown[] = []
  dialog.showSaveDialog = ((...args: unknown[]) => {
    parents.push(args.length > 1 ? args[0] : null)
    return Promise.resolve({ canceled: true, filePath: '' })
  }) as typeof original.save
  dialog.showOpenDialog = ((...args: unknown[]) => {
    parents.push(args.length > 1 ? args[0] : null)
    return Promise.resolve({ canceled: true, filePaths: [] })
  }) as typeof original.open
  await ask('exportData')
  await ask('importData')
  const settingsWindow = BrowserWindow.all.find((window) =>
    window.webContents.url.includes('view=settings'),
  )
  expect(settingsWindow).toBeDefined()
  expect(parents).toEqual([settingsWindow, settingsWindow])
})
