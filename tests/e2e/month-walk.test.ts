// A person's November, lived through the real main process and seen in the built renderer in Chromium.
import { readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS, addDays, planFor } from '../../src/core'
import { dialog, powerMonitor } from '../support/electron-stand-in'
import { ZONE, berlin, invoke } from '../support/launch-sundown'
import type { Page } from 'playwright-core'
import type { ViewName } from '../../src/shared/ipc-contract'
import { SCREENS_DIR, startFullStack, type FullStack } from './support/full-stack'

/** How each workday ends: the ritual at a time, a lid closed with no ritual, or a declared day off. */
const endings: Record<
  string,
  { ritual?: string; suspend?: string; dayOff?: true; stayLate?: string }
> = {
  '2026-11-05': { ritual: '18:10' },
  '2026-11-12': { suspend: '19:45' },
  '2026-11-16': { dayOff: true },
  '2026-11-19': { ritual: '18:05' },
  '2026-11-24': { stayLate: '19:00', ritual: '18:55' },
  '2026-11-26': { ritual: '17:50' },
}

let stack: FullStack

/** The settings window's sections, in its sidebar's order, as the screenshots name them. */
const SETTINGS_SECTIONS = [
  'schedule',
  'seasons',
  'reminders',
  'ritual',
  'general',
  'devices',
  'data',
]

/** Scrolls the settings pane back to its top with nothing in focus, as a person arriving at a section sees it. */
async function showTopOf(page: Page): Promise<void> {
  await page.locator(':focus').blur()
  await page.locator('.settings-pane').evaluate((pane) => pane.scrollTo(0, 0))
}

/** Steps back month by month with the arrow key until the window shows `title`. */
async function showMonth(page: Page, title: string): Promise<void> {
  await page
    .getByText(/\w+ 20\d\d/)
    .first()
    .waitFor()
  for (let step = 0; step < 3 && !(await page.getByText(title, { exact: true }).count()); step++) {
    await page.keyboard.press('ArrowLeft')
    await page.waitForTimeout(200)
  }
  await page.getByText(title, { exact: true }).first().waitFor()
}

/** Lives one date: morning return and check-in, then the day's ending (on time by default). */
async function live(date: string): Promise<void> {
  if (!planFor(DEFAULT_SETTINGS, date, ZONE).workday) return
  const ending = endings[date] ?? { ritual: '17:20' }
  stack.clock.advanceTo(berlin(date, '09:00'))
  powerMonitor.emit('resume')
  if (ending.dayOff) {
    await invoke('declareDayOff')
    return
  }
  await invoke('checkIn', { energy: 4, alignment: date < '2026-11-15' ? 3 : 4, note: '' })
  if (ending.stayLate) {
    stack.clock.advanceTo(berlin(date, '17:00'))
    await invoke('stayLate', { until: ending.stayLate, reason: 'deadline', note: 'release' })
  }
  if (ending.ritual) {
    stack.clock.advanceTo(berlin(date, ending.ritual))
    await invoke('completeRitual')
    stack.clock.advanceTo(berlin(date, ending.ritual) + 2 * 60_000)
  } else if (ending.suspend) {
    stack.clock.advanceTo(berlin(date, ending.suspend))
  }
  powerMonitor.emit('suspend')
}

beforeAll(async () => {
  stack = await startFullStack(berlin('2026-11-01', '08:00'))
  for (let date = '2026-11-01'; date <= '2026-11-30'; date = addDays(date, 1)) await live(date)
  stack.clock.advanceTo(berlin('2026-12-01', '09:00'))
  powerMonitor.emit('resume')
}, 120_000)

afterAll(async () => {
  await stack?.close()
})

describe('November, as the month window shows it', () => {
  test('the rate, the streak and a late day’s detail are what the person lived', async () => {
    const page = await stack.open('month', { width: 900, height: 900 })
    await showMonth(page, 'November 2026')
    const figures = page.locator('.figures')
    await expect.poll(() => figures.innerText()).toContain('80%')
    expect(await figures.innerText()).toContain('16 of 20 days')
    expect(await figures.innerText()).toMatch(/longest this month: 4 days/)
    await stack.screenshot(page, 'month-light')

    await page.locator('.calendar [data-date="2026-11-12"]').focus()
    const detail = page.locator('.day-detail[data-date="2026-11-12"]')
    await expect.poll(() => detail.innerText()).toContain('19:45')
    expect(await detail.innerText()).toMatch(/detected/i)
  })

  test('correcting the suspended day to 17:35 turns it on time and the rate follows', async () => {
    const page = await stack.open('month', { width: 900, height: 900 })
    await showMonth(page, 'November 2026')
    await page.locator('.calendar [data-date="2026-11-12"]').focus()
    const detail = page.locator('.day-detail[data-date="2026-11-12"]')
    await detail.locator('input').fill('17:35')
    await detail.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('.figures').innerText()).toContain('85%')
    expect(
      await page.locator('.calendar [data-date="2026-11-12"]').getAttribute('aria-label'),
    ).toMatch(/on time/i)
  })

  test('importing an export from another machine merges its days into the chart', async () => {
    const file = join(tmpdir(), `sundown-e2e-import-${Date.now()}.json`)
    const at = (time: string) => berlin('2026-10-30', time)
    writeFileSync(
      file,
      JSON.stringify({
        format: 'sundown-export',
        version: 1,
        exportedAt: new Date(at('20:00')).toISOString(),
        settings: DEFAULT_SETTINGS,
        days: [
          {
            date: '2026-10-30',
            events: [
              {
                id: 'laptop-1',
                at: at('09:10'),
                type: 'check-in',
                energy: 5,
                alignment: 5,
                note: '',
              },
              { id: 'laptop-2', at: at('17:15'), type: 'ritual-completed' },
            ],
          },
        ],
      }),
    )
    dialog.showOpenDialog = (() =>
      Promise.resolve({
        canceled: false,
        filePaths: [file],
      })) as unknown as typeof dialog.showOpenDialog
    const settings = await stack.open('settings', { width: 720, height: 640 })
    await settings.getByRole('tab', { name: 'Your data' }).click()
    await settings.getByRole('button', { name: /import/i }).click()
    await expect.poll(() => settings.locator('body').innerText()).toMatch(/2 /)
    const month = await stack.open('month', { width: 900, height: 900 })
    await showMonth(month, 'October 2026')
    const cell = month.locator('.calendar [data-date="2026-10-30"]')
    await expect.poll(() => cell.getAttribute('aria-label')).toMatch(/on time/i)
  })
})

describe('screens a person can look at (test-results/screens)', () => {
  /** Opens `view` fresh in both colour schemes and saves each as `<name>-light` / `<name>-dark`. */
  async function capture(view: ViewName, name: string, size?: { width: number; height: number }) {
    for (const dark of [false, true]) {
      const page = await stack.open(view, { dark, ...size })
      await page.getByRole('button').first().waitFor()
      await page.waitForTimeout(300)
      await stack.screenshot(page, `${name}-${dark ? 'dark' : 'light'}`)
      await page.close()
    }
  }

  /** The settings window at its own size, one screen per section and scheme: `settings-<section>-<scheme>`. */
  async function captureSettings(): Promise<string[]> {
    const names: string[] = []
    for (const dark of [false, true]) {
      const page = await stack.open('settings', { dark, width: 720, height: 640 })
      const tabs = page.getByRole('tab')
      await tabs.first().waitFor()
      for (const [at, section] of SETTINGS_SECTIONS.entries()) {
        await tabs.nth(at).click()
        // A season and a one-off day being added show their cards, and the unsaved state.
        const adding = section === 'seasons' ? ['Add a season', 'Add a one-off day'] : []
        for (const add of adding) await page.getByRole('button', { name: add }).click()
        if (adding.length > 0) await showTopOf(page)
        await page.waitForTimeout(150)
        const name = `settings-${section}-${dark ? 'dark' : 'light'}`
        await stack.screenshot(page, name)
        names.push(`${name}.png`)
        if (adding.length > 0) await page.getByRole('button', { name: 'Discard changes' }).click()
      }
      // A save refused for a field in another section: that section opens, its field in focus, both marked.
      await tabs.nth(SETTINGS_SECTIONS.indexOf('reminders')).click()
      await page.getByLabel('Grace after the end').fill('-5')
      await tabs.nth(SETTINGS_SECTIONS.indexOf('ritual')).click()
      await page.getByLabel('Step 2', { exact: true }).fill('')
      await tabs.first().click()
      await page.getByRole('button', { name: 'Save settings' }).click()
      await page.getByRole('tab', { name: 'Reminders 1 to fix' }).waitFor()
      await page.waitForTimeout(150)
      const refused = `settings-refused-${dark ? 'dark' : 'light'}`
      await stack.screenshot(page, refused)
      names.push(`${refused}.png`)
      await page.close()
    }
    return names
  }

  test('every view, light and dark, and the popover at each moment of a day', async () => {
    const day = '2026-12-01'
    await invoke('checkIn', { energy: 3, alignment: 4, note: 'slow start' })
    stack.clock.advanceTo(berlin(day, '16:18'))
    await capture('popover', 'popover-before-end')
    stack.clock.advanceTo(berlin(day, '17:20'))
    await capture('popover', 'popover-wind-down')
    stack.clock.advanceTo(berlin(day, '17:45'))
    await capture('popover', 'popover-past-end')
    await capture('ritual', 'ritual', { width: 480, height: 600 })
    stack.clock.advanceTo(berlin(day, '17:48'))
    await invoke('completeRitual')
    await capture('popover', 'popover-done')
    const settingsScreens = await captureSettings()
    const month = await stack.open('month', { dark: true, width: 900, height: 900 })
    await showMonth(month, 'November 2026')
    await stack.screenshot(month, 'month-dark')
    stack.clock.advanceTo(berlin('2026-12-05', '10:00'))
    await capture('popover', 'popover-day-off')
    const names = readdirSync(SCREENS_DIR)
    for (const state of ['before-end', 'wind-down', 'past-end', 'done', 'day-off']) {
      expect(names).toContain(`popover-${state}-light.png`)
      expect(names).toContain(`popover-${state}-dark.png`)
    }
    expect(names).toEqual(expect.arrayContaining(['month-light.png', 'month-dark.png']))
    expect(settingsScreens).toHaveLength(2 * (SETTINGS_SECTIONS.length + 1))
    expect(names).toEqual(expect.arrayContaining(settingsScreens))
  })
})
