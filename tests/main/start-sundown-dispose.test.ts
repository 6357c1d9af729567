// Sundown stopped with dispose(): every listener, IPC handler, timer, window, tray, shortcut and blocker it added is gone.
import { afterEach, beforeEach, expect, test } from 'vitest'
import {
  BrowserWindow,
  Tray,
  app,
  ipcMain,
  nativeTheme,
  powerMonitor,
  powerSaveBlocker,
  recorded,
  resetElectronStandIn,
  setPlatform,
  type DesktopPlatform,
} from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import { berlin, invoke, launchSundown, type ShownPrompt } from '../support/launch-sundown'

const date = '2026-11-24'
let clock: FakeClock
let shown: ShownPrompt[]

/**
 * electron-store's own: it answers renderer-side stores, added once per process by the first store
 * opened (initDataListener in node_modules/electron-store/index.js) and never again.
 */
const ELECTRON_STORE_EVENT = 'electron-store-get-data'

/** Listeners on every emitter Sundown listens to, by emitter and event. */
function listeners(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [name, emitter] of Object.entries({ app, powerMonitor, ipcMain, nativeTheme })) {
    for (const event of emitter.eventNames()) {
      if (event === ELECTRON_STORE_EVENT) continue
      counts[`${name}:${String(event)}`] = emitter.listenerCount(event)
    }
  }
  return counts
}

beforeEach(() => {
  resetElectronStandIn()
  clock = new FakeClock(berlin(date, '17:10'))
  shown = []
})

afterEach(() => resetElectronStandIn())

test.for(['darwin', 'win32', 'linux'] as DesktopPlatform[])(
  'on %s, a day lived into its prompt window and disposed leaves nothing behind',
  async (platform) => {
    const sundown = launchSundown(clock, app.getPath('userData'), shown, undefined, platform)
    await invoke('checkIn', { energy: 4, alignment: 4, note: '' })
    sundown.windows.show('month')
    clock.advanceTo(berlin(date, '17:16'))
    expect(shown.map((prompt) => prompt.message.title)).toHaveLength(1)
    expect(Object.keys(listeners()).length).toBeGreaterThan(0)
    expect(ipcMain.handlers.size).toBeGreaterThan(0)
    expect(clock.pendingCount).toBeGreaterThan(0)
    expect(recorded.shortcuts.size).toBe(1)

    sundown.dispose()

    expect(listeners()).toEqual({})
    expect(ipcMain.handlers.size).toBe(0)
    expect(clock.pendingCount).toBe(0)
    expect(recorded.shortcuts.size).toBe(0)
    expect(powerSaveBlocker.active.size).toBe(0)
    expect(Tray.all.every((tray) => tray.destroyed)).toBe(true)
    expect(BrowserWindow.getAllWindows()).toEqual([])
    // Stopped means stopped: time passing and the OS's signals reach nothing.
    setPlatform(platform)
    powerMonitor.emit('resume')
    clock.advanceTo(berlin(date, '18:30'))
    expect(shown).toHaveLength(1)
  },
)
