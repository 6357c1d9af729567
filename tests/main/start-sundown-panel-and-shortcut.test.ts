// What each desktop gets from the real wiring: the tray glyph for the panel's shade, a shortcut that works or is said not to.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core'
import { startSundown, type SundownEnvironment } from '../../src/main/start-sundown'
import {
  BrowserWindow,
  Tray,
  app,
  globalShortcut,
  recorded,
  resetElectronStandIn,
  screen,
} from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import { ZONE, berlin, invoke } from '../support/launch-sundown'
import { tempLog } from '../support/temp-log'

beforeEach(() => resetElectronStandIn())
afterEach(() => {
  app.emit('before-quit')
  started?.dispose()
  vi.restoreAllMocks()
})

let started: ReturnType<typeof startSundown> | null = null

let log: ReturnType<typeof tempLog>

/** Starts Sundown at 14:00 on a Tuesday on `platform`, with the given theme and session variables. */
function launchOn(
  platform: NodeJS.Platform,
  theme: { apps: 'light' | 'dark'; system: 'light' | 'dark' },
  env: Record<string, string> = {},
) {
  const environment: SundownEnvironment = {
    clock: new FakeClock(berlin('2026-11-24', '14:00')),
    zone: () => ZONE,
    platform,
    env,
    userDataDir: app.getPath('userData'),
    documentsDir: tmpdir(),
    homeDir: mkdtempSync(join(tmpdir(), 'sundown-home-')),
    execPath: '/usr/bin/sundown',
    resourcesDir: resolve('resources'),
    locale: 'en-GB',
    nativeTheme: {
      shouldUseDarkColors: theme.apps === 'dark',
      shouldUseDarkColorsForSystemIntegratedUI: theme.system === 'dark',
      on: () => undefined as never,
      removeListener: () => undefined as never,
    },
    logging: (log = tempLog()),
  }
  started = startSundown(environment)
  return started
}

const trayImage = () => (Tray.all.at(-1)?.image as { path: string }).path

describe('the tray glyph follows the panel it sits on, not the apps’ theme', () => {
  it('Windows 10 out of the box: a dark taskbar with light apps gets the glyph for dark panels', () => {
    launchOn('win32', { apps: 'light', system: 'dark' })
    expect(trayImage()).toMatch(/tray-working-dark\.png$/)
  })

  it('Windows with a light taskbar and dark apps gets the glyph for light panels', () => {
    launchOn('win32', { apps: 'dark', system: 'light' })
    expect(trayImage()).toMatch(/tray-working-light\.png$/)
  })

  it('GNOME’s top bar is dark in the default light style, so the glyph is the one for dark panels', () => {
    launchOn('linux', { apps: 'light', system: 'light' }, { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })
    expect(trayImage()).toMatch(/tray-working-dark\.png$/)
  })

  it('KDE Plasma’s panel follows the colour scheme', () => {
    launchOn('linux', { apps: 'light', system: 'light' }, { XDG_CURRENT_DESKTOP: 'KDE' })
    expect(trayImage()).toMatch(/tray-working-light\.png$/)
  })
})

describe('a shortcut that cannot be registered is said at save, and the working one stays', () => {
  const DEFAULT = DEFAULT_SETTINGS.shortcut
  const save = (shortcut: string) => invoke('saveSettings', { ...DEFAULT_SETTINGS, shortcut })
  const popoverShown = () => BrowserWindow.all.some((window) => window.isVisible())

  it('keys another app holds are refused next to the field; the old keys still open the check-in', async () => {
    launchOn('linux', { apps: 'light', system: 'light' })
    // Electron answers false when the keys are taken.
    vi.spyOn(globalShortcut, 'register').mockReturnValueOnce(false)
    expect(await save('Control+Alt+Space')).toEqual({
      ok: false,
      problem: {
        code: 'fields',
        errors: [
          { field: 'shortcut', problem: { code: 'shortcut-taken', shortcut: 'Control+Alt+Space' } },
        ],
      },
    })
    expect(await invoke('getSettings')).toMatchObject({ value: { shortcut: DEFAULT } })
    expect([...recorded.shortcuts.keys()]).toEqual([DEFAULT])
    BrowserWindow.all[0]?.emit('ready-to-show')
    recorded.shortcuts.get(DEFAULT)?.()
    expect(popoverShown()).toBe(true)
  })

  it('keys Electron refuses outright are refused the same way', async () => {
    launchOn('win32', { apps: 'light', system: 'dark' })
    vi.spyOn(globalShortcut, 'register').mockImplementationOnce(() => {
      throw new TypeError('Error processing argument at index 0, conversion failure')
    })
    expect(await save('Super+Alt+K')).toEqual({
      ok: false,
      problem: {
        code: 'fields',
        errors: [
          { field: 'shortcut', problem: { code: 'shortcut-refused', shortcut: 'Super+Alt+K' } },
        ],
      },
    })
    expect([...recorded.shortcuts.keys()]).toEqual([DEFAULT])
  })

  it('a typo never reaches the desktop or the settings file', async () => {
    launchOn('darwin', { apps: 'light', system: 'light' })
    const register = vi.spyOn(globalShortcut, 'register')
    expect(await save('CommandOrControl+Alt+Banana')).toMatchObject({
      ok: false,
      problem: { code: 'fields', errors: [{ field: 'shortcut' }] },
    })
    expect(register).not.toHaveBeenCalled()
    expect(await invoke('getSettings')).toMatchObject({ value: { shortcut: DEFAULT } })
  })

  it('keys another app took since they were saved are said in the log at launch, not swallowed', () => {
    globalShortcut.heldElsewhere.add(DEFAULT)
    launchOn('linux', { apps: 'light', system: 'light' })
    expect(recorded.shortcuts.size).toBe(0)
    expect(log.text()).toContain(
      `[warn]  The shortcut ${DEFAULT} could not be registered: shortcut-taken.`,
    )
  })

  it('free keys are saved and move the shortcut', async () => {
    launchOn('linux', { apps: 'light', system: 'light' })
    expect(await save('Control+Alt+J')).toEqual({ ok: true, value: null })
    expect([...recorded.shortcuts.keys()]).toEqual(['Control+Alt+J'])
  })
})

describe('stock GNOME on Wayland, with no tray to click', () => {
  const gnomeWayland = {
    XDG_SESSION_TYPE: 'wayland',
    WAYLAND_DISPLAY: 'wayland-0',
    XDG_CURRENT_DESKTOP: 'GNOME',
  }

  it('the shortcut opens the check-in where GNOME puts it, without asking for a place', () => {
    launchOn('linux', { apps: 'light', system: 'light' }, gnomeWayland)
    const popover = BrowserWindow.all[0] as InstanceType<typeof BrowserWindow>
    popover.emit('ready-to-show')
    const move = vi.spyOn(popover, 'setPosition')
    const cursor = vi.spyOn(screen, 'getCursorScreenPoint')
    recorded.shortcuts.get(DEFAULT_SETTINGS.shortcut)?.()
    expect(popover.isVisible()).toBe(true)
    expect(popover.webContents.url).toMatch(/view=popover$/)
    expect(move).not.toHaveBeenCalled()
    expect(cursor).not.toHaveBeenCalled()
  })
})
