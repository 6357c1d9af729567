/** The one factory for every BrowserWindow, Electron's security checklist applied; and the IPC sender check. */
import { join } from 'node:path'
import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import type { ViewName } from '../shared/ipc-contract'

/** The sandboxed preload: CommonJS, because a sandboxed preload cannot be an ES module. */
export const PRELOAD_FILE = join(import.meta.dirname, '../preload/index.cjs')

/** The built renderer page; every view is this page with `?view=<name>`. */
export const RENDERER_FILE = join(import.meta.dirname, '../renderer/index.html')

/** Window options a caller may choose; the web preferences are not among them. */
export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>

/** The electron-vite dev server; never honoured when packaged, where the variable could be planted. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
}

/** The renderer's address for a view, on the dev server when there is one, else the built file. */
function loadView(window: BrowserWindow, view: ViewName, devUrl: string | undefined): void {
  if (devUrl) {
    const url = new URL(devUrl)
    url.searchParams.set('view', view)
    void window.loadURL(url.href)
  } else {
    void window.loadFile(RENDERER_FILE, { query: { view } })
  }
}

/**
 * A window showing one view: isolated, sandboxed, without Node, with web security on; it cannot
 * navigate away, open other windows or attach webviews, so only our renderer ever runs in it.
 */
export function createSecureWindow(
  view: ViewName,
  options: SecureWindowOptions,
  devUrl: string | undefined = devServerUrl(),
): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      preload: PRELOAD_FILE,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise ask for a new window; deny it at the source too.
      disableBlinkFeatures: 'Auxclick',
      // A packaged build has no Developer Tools at all: no menu, shortcut or call can open them.
      devTools: !app.isPackaged,
      // macOS checks spelling on the machine; elsewhere Chromium would download dictionaries.
      spellcheck: process.platform === 'darwin',
    },
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  loadView(window, view, devUrl)
  return window
}

/**
 * The URL a page loaded with `loadFile(file)` reports: Electron formats the path as a file: URL
 * and Chromium canonicalises it (spaces and non-ASCII escaped, `%` kept, `\` as `/`), which is
 * not what `pathToFileURL` writes for a folder named with `%`.
 */
function loadedFileUrl(file: string): string {
  const pathname = (file.startsWith('/') ? file : `/${file}`).replace(/[?#]/g, encodeURIComponent)
  return new URL(`file://${pathname}`).href
}

/** Whether an IPC message comes from our renderer: the built page (any view), or the dev server in development. */
export function isTrustedSender(
  senderUrl: string,
  devUrl: string | undefined = devServerUrl(),
  rendererFile: string = RENDERER_FILE,
): boolean {
  let sender: URL
  try {
    sender = new URL(senderUrl)
  } catch {
    return false
  }
  if (sender.protocol === 'file:') {
    sender.search = ''
    sender.hash = ''
    const ours = loadedFileUrl(rendererFile)
    // Windows paths ignore case, and Chromium writes the drive letter in capitals.
    if (process.platform === 'win32') return sender.href.toLowerCase() === ours.toLowerCase()
    return sender.href === ours
  }
  if (!devUrl) return false
  const devOrigin = new URL(devUrl).origin
  // Opaque origins (data:, blob: without a host, about:) all print as "null" and must never match.
  return devOrigin !== 'null' && sender.origin === devOrigin
}
