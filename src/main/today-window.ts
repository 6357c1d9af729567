/** The window that shows today's plan, with Electron's security checklist applied. */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'

/** Opens the today window, sandboxed, with navigation and new windows denied. */
export function setupTodayWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 360,
    height: 480,
    show: false,
    resizable: false,
    title: 'Sundown',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.once('ready-to-show', () => window.show())
  const devServer = process.env['ELECTRON_RENDERER_URL']
  if (devServer) void window.loadURL(devServer)
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'))
  return window
}
