// The built app in real Electron, with its own data folder: a check-in saved, the ritual completed, the day on the month.
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { en } from '../../src/shared/messages/en'
import type { SundownApi, ViewName } from '../../src/shared/ipc-contract'
import { findElectronBinary } from '../support/electron-binary'

const APP_DIR = resolve(import.meta.dirname, '../..')
const BUILT_MAIN = join(APP_DIR, 'out', 'main', 'index.js')
const binary = findElectronBinary()
const skipReason = 'missing' in binary ? binary.missing : null
// Hosted CI downloads Electron and sets this, so a missing binary there fails instead of skipping.
const required = process.env['SUNDOWN_E2E_REQUIRED'] === '1'
if (skipReason && !required)
  console.warn(`Skipping the real-Electron end-to-end tests: ${skipReason}`)

test.runIf(required)('CI has the Electron binary the end-to-end tests need', () => {
  expect(skipReason).toBeNull()
})

/** The window showing a view, once Electron has created it (every view is index.html?view=…). */
async function viewPage(app: ElectronApplication, view: ViewName): Promise<Page> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const page = app.windows().find((candidate) => candidate.url().includes(`view=${view}`))
    if (page) {
      await page.waitForLoadState('domcontentloaded')
      return page
    }
    if (Date.now() > deadline) throw new Error(`No ${view} window after 20 s`)
    await new Promise((wake) => setTimeout(wake, 100))
  }
}

/** Opens the popover through the handler that the tray menu's "Check in…" and a second launch share. */
async function openPopover(app: ElectronApplication): Promise<Page> {
  await app.evaluate(({ app: electronApp }) => void electronApp.emit('second-instance'))
  const popover = await viewPage(app, 'popover')
  await expect
    .poll(() =>
      app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().some(
          (window) => window.isVisible() && window.webContents.getURL().includes('view=popover'),
        ),
      ),
    )
    .toBe(true)
  return popover
}

/** "Step 2 of 5" as a pattern, from the ritual's own words. */
const PROGRESS = new RegExp(
  `^${en.ritual
    .progress({ step: 1, total: 2 })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\d+/g, '\\d+')}$`,
)

/** The renderer's API as the preload exposes it, inside a page. */
const sundownIn = (page: Page) => ({
  call: <Result>(script: (api: SundownApi) => Promise<Result>) =>
    page.evaluate(`(${script.toString()})(globalThis.sundown)`) as Promise<Result>,
})

describe.skipIf(skipReason !== null)('Sundown in real Electron', () => {
  let app: ElectronApplication
  let userDataDir: string
  let configHome: string

  beforeAll(async () => {
    if (!existsSync(BUILT_MAIN)) throw new Error(`No built app at ${BUILT_MAIN}: run npm run build`)
    userDataDir = mkdtempSync(join(tmpdir(), 'sundown-e2e-data-'))
    // Launch at login stays off, but should it be turned on, the autostart entry lands here.
    configHome = mkdtempSync(join(tmpdir(), 'sundown-e2e-config-'))
    const env = { ...process.env, XDG_CONFIG_HOME: configHome } as Record<string, string>
    delete env['ELECTRON_RENDERER_URL']
    delete env['ELECTRON_RUN_AS_NODE']
    app = await _electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [APP_DIR, `--user-data-dir=${userDataDir}`],
      cwd: APP_DIR,
      env,
      timeout: 60_000,
    })
  }, 90_000)

  afterAll(async () => {
    await app?.close()
    for (const dir of [userDataDir, configHome])
      if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('keeps everything in the user-data folder it was given', async () => {
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    expect(realpathSync(userData)).toBe(realpathSync(userDataDir))
    await expect.poll(() => existsSync(join(userDataDir, 'data'))).toBe(true)
  })

  test('saves a check-in from the popover', async () => {
    const popover = await openPopover(app)
    // Every weekday a workday, so the ritual is offered whatever day the test runs on.
    await sundownIn(popover).call(async (api) => {
      const read = await api.getSettings()
      if (!read.ok) throw new Error(`getSettings refused: ${read.problem.code}`)
      const settings = read.value
      const workday = settings.weekly.mon
      const weekly = { ...settings.weekly, sat: workday, sun: workday }
      await api.saveSettings({ ...settings, weekly })
    })
    const m = en.popover.checkIn
    await popover
      .getByRole('radio', { name: m.option({ value: 4, anchor: m.energyAnchors[3] }) })
      .check()
    await popover
      .getByRole('radio', { name: m.option({ value: 3, anchor: m.alignmentAnchors[2] }) })
      .check()
    await popover.getByPlaceholder(m.notePlaceholder).fill('deep work morning')
    await popover.getByRole('button', { name: m.saveLabel }).click()
    await popover.getByText(en.popover.earlier.entry({ energy: 4, alignment: 3 })).waitFor()
    const today = await sundownIn(popover).call((api) => api.getToday())
    if (!today.ok) throw new Error(`getToday refused: ${today.problem.code}`)
    expect(today.value.record.checkIns.map((checkIn) => checkIn.note)).toEqual([
      'deep work morning',
    ])
  })

  test('completes the shutdown ritual in its window', async () => {
    const popover = await openPopover(app)
    await popover.getByRole('button', { name: en.popover.actions.startRitual }).click()
    const ritual = await viewPage(app, 'ritual')
    const finish = ritual.getByRole('button', { name: en.ritual.finish.button })
    await ritual.getByText(PROGRESS).waitFor()
    for (let step = 1; !(await finish.isVisible()); step += 1) {
      expect(step, 'the ritual never reached its last step').toBeLessThan(12)
      const progress = ritual.getByText(PROGRESS)
      const before = await progress.textContent()
      await ritual.getByRole('textbox').first().fill(`Answer ${step}`)
      await ritual.getByRole('button', { name: en.ritual.next, exact: true }).click()
      await expect.poll(() => progress.textContent()).not.toBe(before)
    }
    await finish.click()
    await ritual.getByRole('heading', { name: en.ritual.complete.title }).waitFor()
    const today = await sundownIn(ritual).call((api) => api.getToday())
    if (!today.ok) throw new Error(`getToday refused: ${today.problem.code}`)
    expect(today.value.record.ritual.completedAt).not.toBeNull()
    expect(today.value.record.leftSource).toBe('ritual')
  })

  test('shows the day on the month', async () => {
    const popover = await openPopover(app)
    await popover.getByRole('button', { name: en.popover.actions.thisMonth }).click()
    const month = await viewPage(app, 'month')
    const todayCell = month.locator('button[aria-current="date"][data-status]')
    await todayCell.waitFor()
    const status = await todayCell.getAttribute('data-status')
    expect(['on-time', 'a-little-late', 'late', 'very-late']).toContain(status)
    expect(readdirSync(join(userDataDir, 'data')).length).toBeGreaterThan(0)
  })
})
