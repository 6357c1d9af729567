// Every window is locked down: isolated, sandboxed, no Node, no navigation, no new windows; IPC trusts only our page.
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  RENDERER_FILE,
  createSecureWindow,
  devServerUrl,
  isTrustedSender,
} from '../../src/main/secure-window'
import {
  app,
  BrowserWindow,
  resetElectronStandIn,
  setPlatform,
  type DesktopPlatform,
} from '../support/electron-stand-in'

/** A window whose page Electron loaded from `file`, as createSecureWindow loads the built renderer. */
const createSecureWindowAt = (file: string) => {
  const window = new BrowserWindow()
  void window.loadFile(file, { query: { view: 'popover' } })
  return window
}

const onlyWindow = () => BrowserWindow.getAllWindows()[0] as InstanceType<typeof BrowserWindow>

afterEach(() => {
  resetElectronStandIn()
  app.isPackaged = false
  vi.unstubAllEnvs()
})

describe('a window made by the factory', () => {
  it('has the secure web preferences and the sandboxed CommonJS preload', () => {
    createSecureWindow('month', { width: 900, height: 640 }, undefined)
    const preferences = onlyWindow().options['webPreferences'] as Record<string, unknown>
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(String(preferences['preload'])).toMatch(/[/\\]preload[/\\]index\.cjs$/)
  })

  it('checks spelling only where the system does it on the machine, so no dictionary is downloaded', () => {
    createSecureWindow('ritual', {}, undefined)
    const preferences = onlyWindow().options['webPreferences'] as Record<string, unknown>
    expect(preferences['spellcheck']).toBe(process.platform === 'darwin')
  })

  it('keeps its secure preferences even when a caller sneaks weaker ones in', () => {
    const weak = { width: 100, webPreferences: { sandbox: false, nodeIntegration: true } }
    createSecureWindow('settings', weak as never, undefined)
    expect(onlyWindow().options['webPreferences']).toMatchObject({
      sandbox: true,
      nodeIntegration: false,
    })
  })

  it('refuses to navigate anywhere, even to another page of ours', () => {
    const window = createSecureWindow('popover', {}, undefined)
    const navigation = { preventDefault: vi.fn() }
    window.webContents.emit('will-navigate', navigation, 'https://example.com/')
    expect(navigation.preventDefault).toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    window.webContents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window, links with target=_blank included', () => {
    createSecureWindow('popover', {}, undefined)
    const handler = onlyWindow().webContents.windowOpenHandler
    const details = {
      url: 'https://example.com/',
      frameName: '_blank',
      features: '',
      disposition: 'new-window' as const,
      referrer: { url: '', policy: 'default' as const },
    }
    expect(handler?.(details)).toEqual({
      action: 'deny',
    })
  })

  it('loads the built renderer with its view in the query', () => {
    createSecureWindow('ritual', {}, undefined)
    expect(onlyWindow().webContents.url).toBe(`${pathToFileURL(RENDERER_FILE).href}?view=ritual`)
  })

  it('loads the dev server with its view in development', () => {
    createSecureWindow('settings', {}, 'http://localhost:5173/')
    expect(onlyWindow().webContents.url).toBe('http://localhost:5173/?view=settings')
  })
})

describe('the dev server address', () => {
  it('is read from ELECTRON_RENDERER_URL in development', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(devServerUrl()).toBe('http://localhost:5173')
  })

  it('is ignored in a packaged app, where the variable could have been planted', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://evil.example')
    app.isPackaged = true
    expect(devServerUrl()).toBeUndefined()
  })
})

describe('the IPC sender check', () => {
  const ourPage = pathToFileURL(RENDERER_FILE).href

  it('trusts our renderer page in any view', () => {
    expect(isTrustedSender(`${ourPage}?view=popover`, undefined)).toBe(true)
    expect(isTrustedSender(`${ourPage}?view=month#2026-11`, undefined)).toBe(true)
  })

  it('refuses other files, other sites and unparseable senders', () => {
    const sibling = new URL('evil.html', ourPage).href
    for (const url of [
      sibling,
      'file:///etc/passwd',
      'https://evil.example/',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(url, undefined), url).toBe(false)
    }
  })

  it('trusts the dev server origin in development, and only that origin', () => {
    const dev = 'http://localhost:5173/'
    expect(isTrustedSender('http://localhost:5173/?view=popover', dev)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedSender('https://localhost:5173/', dev)).toBe(false)
  })

  const installs: [string, DesktopPlatform, string][] = [
    [
      'a home with spaces and accents',
      'linux',
      '/home/zoë/My Apps/Sundown/out/renderer/index.html',
    ],
    [
      'a folder with a percent sign',
      'darwin',
      '/Applications/100% Focus/Sundown.app/out/renderer/index.html',
    ],
    [
      'Program Files',
      'win32',
      'C:\\Program Files\\Sundown\\resources\\app.asar\\out\\renderer\\index.html',
    ],
    [
      'a lower-case drive',
      'win32',
      'c:\\Users\\Zoë\\AppData\\Local\\Programs\\Sundown\\out\\renderer\\index.html',
    ],
  ]

  it.each(installs)(
    'trusts our page as Electron loaded it from %s, and not the file beside it',
    (_where, platform, file) => {
      setPlatform(platform)
      const ours = createSecureWindowAt(file)
      const beside = createSecureWindowAt(file.replace('index.html', 'evil.html'))
      expect(isTrustedSender(ours.webContents.getURL(), undefined, file)).toBe(true)
      expect(isTrustedSender(beside.webContents.getURL(), undefined, file)).toBe(false)
    },
  )

  it('never lets an opaque dev address make opaque senders trusted', () => {
    expect(isTrustedSender('data:text/html,hi', 'data:text/html,dev')).toBe(false)
  })
})
