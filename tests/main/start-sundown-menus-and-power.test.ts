// Each desktop's own ways, through the real wiring: menus, reopening from the Dock, Windows' shutdown, App Nap.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  app,
  BrowserWindow,
  Menu,
  powerSaveBlocker,
  resetElectronStandIn,
  type DesktopPlatform,
} from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import {
  ZONE,
  berlin,
  invoke,
  launchSundown,
  storedDay,
  quitLaunched,
  type ShownPrompt,
} from '../support/launch-sundown'

const date = '2026-11-24'
const at = (time: string, day = date) => berlin(day, time)

let clock: FakeClock
let shown: ShownPrompt[]
let userDataDir: string

const launch = (platform: DesktopPlatform) =>
  launchSundown(clock, userDataDir, shown, () => ZONE, platform)

/** The day as stored on disk, replayed by the core from a fresh read of the files. */
const storedDayNow = () => storedDay(userDataDir, date)

/** The popover window, found by the query its page was loaded with. */
const popover = () =>
  BrowserWindow.getAllWindows().find((window) => window.webContents.url.endsWith('view=popover'))

/** Every role in a menu template, submenus included. */
type Item = { role?: string; submenu?: { items: readonly Item[] } }
const rolesOf = (items: readonly Item[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...rolesOf(item.submenu?.items ?? []),
  ])

/** The power-save blockers Sundown holds now. */
const blockers = () => [...powerSaveBlocker.active.values()]

beforeEach(() => {
  resetElectronStandIn()
  userDataDir = app.getPath('userData')
  shown = []
  clock = new FakeClock(at('09:00'))
})

afterEach(() => quitLaunched())

describe.each(['win32', 'linux'] as const)('on %s, the windows', (platform) => {
  it('have no menu bar: no File › Exit to quit the tray app, no Reload or Developer Tools', () => {
    launch(platform)
    expect(Menu.getApplicationMenu()).toBeNull()
  })
})

describe.each(['darwin', 'win32', 'linux'] as const)('on %s, a packaged build', (platform) => {
  afterEach(() => void (app.isPackaged = false))

  it('lets no window open Developer Tools', () => {
    app.isPackaged = true
    launch(platform)
    const preferences = popover()?.options['webPreferences'] as Record<string, unknown>
    expect(preferences['devTools']).toBe(false)
  })
})

describe('on macOS', () => {
  it('keeps an Edit menu for the text fields, and no Reload or Developer Tools', () => {
    launch('darwin')
    const menu = Menu.getApplicationMenu()
    const roles = rolesOf(menu?.items ?? [])
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    )
    expect(roles).not.toContain('reload')
    expect(roles).not.toContain('forceReload')
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('quit')
  })

  it('shows the popover when Sundown is opened again from Finder, Spotlight or the Dock', () => {
    launch('darwin')
    popover()?.emit('ready-to-show')
    expect(popover()?.isVisible()).toBe(false)
    app.emit('activate', {}, false)
    expect(popover()?.isVisible()).toBe(true)
  })

  it('keeps App Nap away only from shortly before the heads-up until the ritual is done', async () => {
    launch('darwin')
    clock.advanceTo(at('16:59'))
    expect(blockers()).toEqual([])
    clock.advanceTo(at('17:06'))
    expect(blockers()).toEqual(['prevent-app-suspension'])
    clock.advanceTo(at('17:36'))
    expect(shown.map((prompt) => prompt.at)).toEqual([at('17:15'), at('17:30')])
    expect(blockers()).toEqual(['prevent-app-suspension'])
    await invoke('startRitual')
    await invoke('completeRitual')
    expect(blockers()).toEqual([])
    clock.advanceTo(at('09:00', '2026-11-25'))
    expect(blockers()).toEqual([])
  })
})

describe('on Windows and Linux, App Nap', () => {
  it.each(['win32', 'linux'] as const)('is not a thing on %s: nothing is held', (platform) => {
    launch(platform)
    clock.advanceTo(at('17:31'))
    expect(shown).toHaveLength(2)
    expect(blockers()).toEqual([])
  })
})

describe('on Windows, shutting down', () => {
  it('at 17:43, the app killed without before-quit → left 17:43 (shutdown), 13 min late', () => {
    const killed = launch('win32')
    clock.advanceTo(at('17:43'))
    // Windows tells the windows, hidden popover included, and then ends the process: no before-quit.
    popover()?.emit('session-end', { reasons: ['shutdown'] })
    killed.dispose()
    // The next morning's launch, a new process with its own clock.
    clock = new FakeClock(at('08:30', '2026-11-25'))
    launch('win32')
    const day = storedDayNow()
    expect(day.leftAt).toBe(at('17:43'))
    expect(day.leftSource).toBe('shutdown')
    expect(day.minutesLate).toBe(13)
  })
})
