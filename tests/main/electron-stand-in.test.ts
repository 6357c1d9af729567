// The stand-in behaves as Electron documents it wherever a test leans on it, so a test cannot pass on behaviour no desktop has.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Store from 'electron-store'
import { afterEach, describe, expect, it, test, vi } from 'vitest'
import {
  app,
  BrowserWindow,
  globalShortcut,
  ipcMain,
  nativeImage,
  Notification,
  powerMonitor,
  recorded,
  resetElectronStandIn,
  setPlatform,
  type DesktopPlatform,
} from '../support/electron-stand-in'
import { eventPlatforms } from '../support/electron-stand-in-platform'

afterEach(() => resetElectronStandIn())

test('electron-store writes its file under the stand-in userData folder', () => {
  const store = new Store<{ greeting: string }>({
    name: 'probe',
    cwd: join(app.getPath('userData'), 'probe'),
  })
  store.set('greeting', 'hello')
  expect(existsSync(store.path)).toBe(true)
  expect(store.path.startsWith(app.getPath('userData'))).toBe(true)
  expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ greeting: 'hello' })
})

describe('each platform has only its own events', () => {
  it('reads the platforms from Electron’s own definitions', () => {
    const power = eventPlatforms('interface PowerMonitor extends')
    expect(power.get('lock-screen')).toEqual(['darwin', 'win32'])
    expect(power.get('shutdown')).toEqual(['linux', 'darwin'])
    expect(power.get('user-did-become-active')).toEqual(['darwin'])
    expect(power.has('suspend')).toBe(false)
    expect(eventPlatforms('interface App extends').get('activate')).toEqual(['darwin'])
    expect(eventPlatforms('class BrowserWindow extends').get('session-end')).toEqual(['win32'])
  })

  const powerEvents: [DesktopPlatform, string[], string[]][] = [
    ['darwin', ['suspend', 'lock-screen', 'shutdown', 'user-did-resign-active'], []],
    ['win32', ['resume', 'lock-screen', 'unlock-screen'], ['shutdown', 'user-did-become-active']],
    ['linux', ['suspend', 'resume', 'shutdown'], ['lock-screen', 'unlock-screen']],
  ]
  it.each(powerEvents)('%s: powerMonitor emits %j and refuses %j', (platform, has, lacks) => {
    setPlatform(platform)
    for (const event of has) expect(() => powerMonitor.emit(event)).not.toThrow()
    for (const event of lacks) {
      expect(() => powerMonitor.emit(event)).toThrow(`Electron emits '${event}' only on`)
    }
  })

  it('lets macOS reopen the app, and Windows end a session, and no other platform', () => {
    const window = new BrowserWindow()
    const reasons = { reasons: ['logoff'], preventDefault: () => undefined }
    setPlatform('darwin')
    expect(() => app.emit('activate', {}, false)).not.toThrow()
    expect(() => window.emit('session-end', reasons)).toThrow(/only on win32/)
    setPlatform('win32')
    expect(() => window.emit('session-end', reasons)).not.toThrow()
    expect(() => app.emit('activate', {}, false)).toThrow(/only on darwin/)
  })

  it('gives the platform back at reset, and a Dock only on macOS', () => {
    const host = process.platform
    setPlatform(host === 'win32' ? 'linux' : 'win32')
    expect(app.dock).toBeUndefined()
    setPlatform('darwin')
    expect(app.dock?.hide).toBeTypeOf('function')
    resetElectronStandIn()
    expect(process.platform).toBe(host)
  })
})

describe('IPC between the renderer and main', () => {
  it('hands the handler a structured clone: the renderer’s object stays its own, prototypes are lost', async () => {
    class Payload {
      note = 'hi'
    }
    const sent = new Payload()
    let received: unknown
    ipcMain.handle('probe', (_event, payload: unknown) => {
      received = payload
      return { ok: true }
    })
    await expect(ipcMain.invoke('probe', 'file:///app/index.html', sent)).resolves.toEqual({
      ok: true,
    })
    expect(received).toEqual({ note: 'hi' })
    expect(received).not.toBe(sent)
    expect(received).not.toBeInstanceOf(Payload)
  })

  it('refuses to send a function, as Electron’s serializer does', async () => {
    ipcMain.handle('probe', () => 'never')
    await expect(ipcMain.invoke('probe', 'file:///app/index.html', () => 1)).rejects.toThrow(
      /^An object could not be cloned\.$/,
    )
  })

  it('rejects in the renderer with Electron’s text when the handler throws or answers the uncloneable', async () => {
    ipcMain.handle('throws', () => {
      throw new TypeError('boom')
    })
    ipcMain.handle('answers', () => ({ later: () => 1 }))
    const url = 'file:///app/index.html'
    await expect(ipcMain.invoke('throws', url)).rejects.toThrow(
      "Error invoking remote method 'throws': TypeError: boom",
    )
    await expect(ipcMain.invoke('answers', url)).rejects.toThrow(
      "Error invoking remote method 'answers': Error: An object could not be cloned.",
    )
    await expect(ipcMain.invoke('missing', url)).rejects.toThrow(
      "Error invoking remote method 'missing': Error: No handler registered for 'missing'",
    )
  })

  it('gives the sender frame’s URL in Chromium’s form, and no frame once it is gone', async () => {
    const frames: unknown[] = []
    ipcMain.handle('probe', (event) => void frames.push(event.senderFrame))
    await ipcMain.invoke('probe', 'file:///home/zoë/My Apps/index.html?view=popover')
    await ipcMain.invoke('probe', null)
    expect(frames).toEqual([
      { url: 'file:///home/zo%C3%AB/My%20Apps/index.html?view=popover' },
      null,
    ])
  })

  it('clones what main sends to a window, so a later change does not reach the page', () => {
    const window = new BrowserWindow()
    const today = { verdict: 'open' }
    window.webContents.send('sundown:todayChanged', today)
    today.verdict = 'settled'
    expect(window.webContents.sent[0]?.args).toEqual([{ verdict: 'open' }])
    expect(() => window.webContents.send('sundown:todayChanged', { at: () => 1 })).toThrow(
      'An object could not be cloned.',
    )
  })
})

describe('a page loaded from a file', () => {
  const cases: [DesktopPlatform, string, string][] = [
    [
      'linux',
      '/home/zoë/My Apps/100%/index.html',
      'file:///home/zo%C3%AB/My%20Apps/100%/index.html?view=month#2026-11',
    ],
    [
      'win32',
      'C:\\Program Files\\Sundown\\index.html',
      'file:///C:/Program%20Files/Sundown/index.html?view=month#2026-11',
    ],
    [
      'win32',
      'c:\\Users\\Zoë\\index.html',
      'file:///C:/Users/Zo%C3%AB/index.html?view=month#2026-11',
    ],
  ]
  it.each(cases)(
    '%s: %s is at %s, as Electron builds and Chromium writes it',
    (platform, file, url) => {
      setPlatform(platform)
      const window = new BrowserWindow()
      void window.loadFile(file, { query: { view: 'month' }, hash: '2026-11' })
      expect(window.webContents.getURL()).toBe(url)
    },
  )
})

test('a load of something that is no URL fails, and a URL is kept in Chromium’s form', async () => {
  const window = new BrowserWindow()
  await expect(window.loadURL('not a url')).rejects.toThrow(/ERR_INVALID_URL/)
  await window.loadURL('http://localhost:5173?view=popover')
  expect(window.webContents.getURL()).toBe('http://localhost:5173/?view=popover')
})

describe('notifications', () => {
  it('are shown by the desktop a moment later, not while show() runs', async () => {
    const notification = new Notification({ title: 'Time to shut down' })
    const shown = vi.fn()
    notification.on('show', shown)
    notification.show()
    expect(shown).not.toHaveBeenCalled()
    await new Promise((resolve) => setImmediate(resolve))
    expect(shown).toHaveBeenCalledOnce()
    expect(recorded.notifications).toEqual([notification])
  })

  it('fail with the desktop’s reason when a test says so, on macOS and Windows', async () => {
    setPlatform('darwin')
    Notification.failure = 'Notifications are not allowed for this app'
    const notification = new Notification({ title: 'Time to shut down' })
    const failed = new Promise((resolve) =>
      notification.once('failed', (_event, error) => resolve(error)),
    )
    notification.show()
    await expect(failed).resolves.toBe('Notifications are not allowed for this app')
  })

  it('cannot fail on Linux, where Electron emits no failed event', () => {
    setPlatform('linux')
    expect(() => new Notification().emit('failed', {}, 'no')).toThrow(/only on darwin, win32/)
  })

  it('may be unsupported', () => {
    Notification.supported = false
    expect(Notification.isSupported()).toBe(false)
  })
})

describe('global shortcuts', () => {
  it.each([
    'CommandOrControl+Alt+Shift+K',
    'ctrl+space',
    'Super+F12',
    'Alt+Plus',
    'Shift+/',
    'MediaPlayPause',
    'CmdOrCtrl + Enter',
  ])('registers %s', (accelerator) => {
    expect(globalShortcut.register(accelerator, () => undefined)).toBe(true)
    expect(globalShortcut.isRegistered(accelerator)).toBe(true)
  })

  it.each(['Ctrl+Banana', 'Ctrl+Shift', 'A+B', 'Ctrl+ü', '', 'Ctrl++K', 'Hyper+K'])(
    'throws Electron’s conversion error for %j',
    (accelerator) => {
      expect(() => globalShortcut.register(accelerator, () => undefined)).toThrow(
        new TypeError(
          `Error processing argument at index 0, conversion failure from ${accelerator}`,
        ),
      )
    },
  )

  it('answers false for keys another app holds, however they are spelled', () => {
    setPlatform('linux')
    globalShortcut.heldElsewhere.add('Control+Space')
    expect(globalShortcut.register('Ctrl+Space', () => undefined)).toBe(false)
    expect(globalShortcut.register('CommandOrControl+Space', () => undefined)).toBe(false)
    expect(globalShortcut.isRegistered('Ctrl+Space')).toBe(false)
  })

  it('answers false for keys it already holds, and lets go by any spelling', () => {
    expect(globalShortcut.register('Alt+Shift+S', () => undefined)).toBe(true)
    expect(globalShortcut.register('Shift+Option+S', () => undefined)).toBe(false)
    globalShortcut.unregister('shift+alt+s')
    expect(globalShortcut.isRegistered('Alt+Shift+S')).toBe(false)
  })
})

describe('quitting', () => {
  const listen = () => {
    const heard: string[] = []
    for (const event of ['before-quit', 'will-quit', 'quit'])
      app.on(event, () => void heard.push(event))
    return heard
  }

  it('asks before quitting, closes the windows, then quits', () => {
    const heard = listen()
    const window = new BrowserWindow()
    window.on('closed', () => void heard.push('window closed'))
    app.quit()
    expect(heard).toEqual(['before-quit', 'window closed', 'will-quit', 'quit'])
    expect(app.quitRequested).toBe(true)
  })

  it('stays when a before-quit or will-quit listener prevents it', () => {
    const heard = listen()
    const window = new BrowserWindow()
    app.once('before-quit', (event: { preventDefault(): void }) => event.preventDefault())
    app.quit()
    expect(heard).toEqual(['before-quit'])
    expect(window.isDestroyed()).toBe(false)
    app.once('will-quit', (event: { preventDefault(): void }) => event.preventDefault())
    app.quit()
    expect(heard).toEqual(['before-quit', 'before-quit', 'will-quit'])
    expect(app.quitRequested).toBe(false)
  })

  it('exits at once with no quit events, and can let the single-instance lock go', () => {
    const heard = listen()
    expect(app.requestSingleInstanceLock()).toBe(true)
    app.releaseSingleInstanceLock()
    expect(app.hasSingleInstanceLock()).toBe(false)
    app.exit(1)
    expect(heard).toEqual([])
    expect(app.exitCode).toBe(1)
  })
})

test('an image from a missing file is empty, as Electron’s createFromPath answers', () => {
  expect(nativeImage.createFromPath('/nowhere/tray.png').isEmpty()).toBe(true)
  expect(nativeImage.createFromPath(join(process.cwd(), 'package.json')).isEmpty()).toBe(false)
})
