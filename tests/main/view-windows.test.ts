// The windows the user sees: a popover that opens at the icon and hides on blur, and one window per other view.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createViewWindows } from '../../src/main/view-windows'
import { BrowserWindow, resetElectronStandIn, screen } from '../support/electron-stand-in'
import { en } from '../../src/shared/messages/en'

type StandInWindow = InstanceType<typeof BrowserWindow>

/** The window showing a view, found by the query its page was loaded with. */
const windowOf = (view: string): StandInWindow | undefined =>
  BrowserWindow.getAllWindows().find((window) => window.webContents.url.endsWith(`view=${view}`))
/** The renderer has painted: Electron says `ready-to-show`. */
const paint = (window: StandInWindow | undefined): void => void window?.emit('ready-to-show')

const menuBarIcon = { x: 1200, y: 0, width: 24, height: 24 }

afterEach(() => {
  vi.restoreAllMocks()
  resetElectronStandIn()
})

function setup(platform: NodeJS.Platform = 'darwin') {
  let nowMs = 1_000_000
  const windows = createViewWindows({
    platform,
    now: () => nowMs,
    title: (view) => en.common.viewTitles[view],
  })
  const popover = windowOf('popover') as StandInWindow
  return { windows, popover, later: (ms: number) => void (nowMs += ms) }
}

describe('the popover', () => {
  it('is made at once, hidden, small and frameless, before anyone clicks', () => {
    const { popover } = setup()
    expect(popover.isVisible()).toBe(false)
    expect(popover.options).toMatchObject({ width: 360, height: 480, frame: false, show: false })
    expect(popover.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
    })
  })

  it('opens under the menu bar icon when clicked, and closes on the next click', () => {
    const { windows, popover } = setup()
    paint(popover)
    windows.togglePopover(menuBarIcon)
    expect(popover.isVisible()).toBe(true)
    expect(popover.getBounds()).toMatchObject({ x: 1032, y: 28 })
    windows.togglePopover(menuBarIcon)
    expect(popover.isVisible()).toBe(false)
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('waits to be painted before showing, so it never flashes blank', () => {
    const { windows, popover } = setup()
    windows.togglePopover(menuBarIcon)
    expect(popover.isVisible()).toBe(false)
    paint(popover)
    expect(popover.isVisible()).toBe(true)
  })

  it('hides when the user clicks elsewhere, and stays hidden when that click was on the icon', () => {
    const { windows, popover, later } = setup()
    paint(popover)
    windows.togglePopover(menuBarIcon)
    popover.emit('blur')
    expect(popover.isVisible()).toBe(false)
    later(50)
    windows.togglePopover(menuBarIcon)
    expect(popover.isVisible()).toBe(false)
    later(1000)
    windows.togglePopover(menuBarIcon)
    expect(popover.isVisible()).toBe(true)
  })

  it('opens in the top-right corner when shown from the Linux menu, where the tray has no bounds', () => {
    const { windows, popover } = setup('linux')
    paint(popover)
    windows.show('popover')
    // The stand-in's display: a 1440×900 screen whose work area starts under a 25-point bar.
    expect(popover.getBounds()).toMatchObject({ x: 1440 - 360 - 4, y: 25 + 4 })
  })

  it('is made again if something closed it', () => {
    const { windows, popover } = setup()
    popover.close()
    windows.show('popover')
    const again = windowOf('popover')
    expect(again).toBeDefined()
    expect(again).not.toBe(popover)
  })
})

describe('the other views', () => {
  it('opens the ritual as a focused window of its own size', () => {
    const { windows } = setup()
    windows.show('ritual')
    const ritual = windowOf('ritual')
    expect(ritual?.options).toMatchObject({ width: 480, height: 600, title: 'Shutdown ritual' })
    let focused = false
    ritual?.on('focus', () => (focused = true))
    paint(ritual)
    expect(ritual?.isVisible()).toBe(true)
    expect(focused).toBe(true)
  })

  it('sizes the month and settings windows for their content', () => {
    const { windows } = setup()
    windows.show('month')
    windows.show('settings')
    expect(windowOf('month')?.options).toMatchObject({ width: 900, height: 640 })
    expect(windowOf('settings')?.options).toMatchObject({ width: 720, height: 640 })
  })

  it('brings an open window forward instead of opening a second one', () => {
    const { windows } = setup()
    windows.show('month')
    windows.show('month')
    expect(BrowserWindow.getAllWindows().filter((w) => w === windowOf('month'))).toHaveLength(1)
    expect(BrowserWindow.getAllWindows()).toHaveLength(2)
  })

  it('closes a view on hide, but only hides the popover', () => {
    const { windows, popover } = setup()
    paint(popover)
    windows.show('settings')
    const settings = windowOf('settings')
    windows.togglePopover(menuBarIcon)
    windows.hide('settings')
    windows.hide('popover')
    expect(settings?.isDestroyed()).toBe(true)
    expect(popover.isDestroyed()).toBe(false)
    expect(popover.isVisible()).toBe(false)
  })
})

describe('pushes and senders', () => {
  it('sends a push to every open window, the hidden popover too, but not to closed ones', () => {
    const { windows, popover } = setup()
    windows.show('ritual')
    windows.show('month')
    windowOf('month')?.close()
    windows.broadcast('sundown:todayChanged', { now: 1 })
    expect(popover.webContents.sent).toEqual([
      { channel: 'sundown:todayChanged', args: [{ now: 1 }] },
    ])
    expect(windowOf('ritual')?.webContents.sent).toHaveLength(1)
  })
})

describe('on Wayland, where the compositor places windows', () => {
  it('shows the popover where the desktop puts it, without reading the pointer or moving it', () => {
    const windows = createViewWindows({
      platform: 'linux',
      placesWindows: false,
      title: (view) => en.common.viewTitles[view],
    })
    const popover = windowOf('popover') as StandInWindow
    const cursor = vi.spyOn(screen, 'getCursorScreenPoint')
    const move = vi.spyOn(popover, 'setPosition')
    paint(popover)
    windows.show('popover')
    windows.hide('popover')
    windows.togglePopover({ x: 0, y: 0, width: 0, height: 0 })
    expect(popover.isVisible()).toBe(true)
    expect(cursor).not.toHaveBeenCalled()
    expect(move).not.toHaveBeenCalled()
  })
})
