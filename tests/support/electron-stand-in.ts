// A small stand-in for the `electron` module: only the APIs Sundown uses, recording what was asked of them.
import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners take whatever Electron passes them
type Listener = (...args: any[]) => unknown

/** Everything the stand-in recorded since the last reset; tests read it to see what the app did. */
export const recorded = {
  menus: [] as MenuStandIn[],
  notifications: [] as NotificationStandIn[],
  dialogs: [] as { kind: string; options: unknown }[],
  loginItems: [] as unknown[],
  shortcuts: new Map<string, Listener>(),
  openedPaths: [] as string[],
}

// --- i12-desktopB: app.commandLine, as electron.d.ts's CommandLine (switches set before ready) ---
class CommandLineStandIn {
  switches = new Map<string, string>()
  appendSwitch(the_switch: string, value?: string): void {
    // As in Chromium, a switch appended again replaces the earlier value.
    this.switches.set(the_switch, value ?? '')
  }
  getSwitchValue(the_switch: string): string {
    return this.switches.get(the_switch) ?? ''
  }
  hasSwitch(the_switch: string): boolean {
    return this.switches.has(the_switch)
  }
}
// --- end i12-desktopB ---

class AppStandIn extends EventEmitter {
  userData = mkdtempSync(join(tmpdir(), 'sundown-userdata-'))
  isPackaged = false
  locale = 'en-US'
  singleInstance = true
  quitRequested = false
  modelId: string | null = null
  dock = { hide: () => undefined, show: () => undefined }
  commandLine = new CommandLineStandIn() // i12-desktopB
  getPath(name: string): string {
    return name === 'userData' ? this.userData : join(this.userData, name)
  }
  getName = () => 'Sundown'
  getVersion = () => '0.0.0-test'
  getLocale = () => this.locale
  getPreferredSystemLanguages = () => [this.locale]
  requestSingleInstanceLock = () => this.singleInstance
  setAppUserModelId = (id: string) => void (this.modelId = id)
  setLoginItemSettings = (settings: unknown) => void recorded.loginItems.push(settings)
  getLoginItemSettings = () => ({ openAtLogin: false })
  whenReady = () => Promise.resolve()
  isReady = () => true
  quit = () => void (this.quitRequested = true)
  // issue 12 desktopA: the exit code and the lock's release, as Electron's app.exit / releaseSingleInstanceLock.
  exitCode: number | null = null
  exit = (exitCode = 0) => void ((this.quitRequested = true), (this.exitCode = exitCode))
  hasSingleInstanceLock = () => this.singleInstance
  getAppPath = () => process.cwd()
  releaseSingleInstanceLock = () => void (this.singleInstance = false)
}

class WebContentsStandIn extends EventEmitter {
  sent: { channel: string; args: unknown[] }[] = []
  url = ''
  windowOpenHandler: ((details: unknown) => unknown) | null = null
  id = Math.floor(Math.random() * 1e9)
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler
  }
  getURL = () => this.url
  isDestroyed = () => false
}

class BrowserWindowStandIn extends EventEmitter {
  static all: BrowserWindowStandIn[] = []
  static getAllWindows = () => BrowserWindowStandIn.all.filter((window) => !window.destroyed)
  static fromWebContents = (contents: unknown) =>
    BrowserWindowStandIn.all.find((window) => window.webContents === contents) ?? null
  webContents = new WebContentsStandIn()
  visible = false
  destroyed = false
  bounds: { x: number; y: number; width: number; height: number }
  options: Record<string, unknown>
  constructor(options: Record<string, unknown> = {}) {
    super()
    this.options = options
    this.bounds = {
      x: 0,
      y: 0,
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    }
    BrowserWindowStandIn.all.push(this)
  }
  loadURL(url: string): Promise<void> {
    this.webContents.url = url
    return Promise.resolve()
  }
  loadFile(
    path: string,
    options?: { query?: Record<string, string>; hash?: string },
  ): Promise<void> {
    const query = options?.query ? `?${new URLSearchParams(options.query)}` : ''
    this.webContents.url = `file://${path}${query}${options?.hash ? `#${options.hash}` : ''}`
    return Promise.resolve()
  }
  show = () => void ((this.visible = true), this.emit('show'))
  showInactive = () => void (this.visible = true)
  hide = () => void ((this.visible = false), this.emit('hide'))
  focus = () => void this.emit('focus')
  close = () => this.destroy()
  destroy = () => void ((this.destroyed = true), (this.visible = false), this.emit('closed'))
  isVisible = () => this.visible
  isDestroyed = () => this.destroyed
  isFocused = () => this.visible
  setPosition = (x: number, y: number) => void Object.assign(this.bounds, { x, y })
  getBounds = () => ({ ...this.bounds })
  setBounds = (bounds: Partial<typeof this.bounds>) => void Object.assign(this.bounds, bounds)
  setAlwaysOnTop = () => undefined
  setVisibleOnAllWorkspaces = () => undefined
  setSkipTaskbar = () => undefined
}

class TrayStandIn extends EventEmitter {
  static all: TrayStandIn[] = []
  image: unknown
  tooltip = ''
  contextMenu: MenuStandIn | null = null
  poppedUp: MenuStandIn[] = []
  bounds = { x: 1200, y: 0, width: 24, height: 24 }
  constructor(image: unknown) {
    super()
    this.image = image
    TrayStandIn.all.push(this)
  }
  setImage = (image: unknown) => void (this.image = image)
  setToolTip = (text: string) => void (this.tooltip = text)
  setContextMenu = (menu: MenuStandIn | null) => void (this.contextMenu = menu)
  popUpContextMenu = (menu?: MenuStandIn) =>
    void this.poppedUp.push(menu ?? (this.contextMenu as MenuStandIn))
  getBounds = () => ({ ...this.bounds })
  destroy = () => undefined
  setIgnoreDoubleClickEvents = () => undefined
}

interface MenuItemTemplate {
  label?: string
  type?: string
  role?: string
  accelerator?: string
  enabled?: boolean
  click?: () => void
  submenu?: MenuItemTemplate[]
}

class MenuStandIn {
  items: MenuItemTemplate[]
  constructor(items: MenuItemTemplate[]) {
    this.items = items
  }
  static buildFromTemplate(template: MenuItemTemplate[]): MenuStandIn {
    const menu = new MenuStandIn(template)
    recorded.menus.push(menu)
    return menu
  }
  // issue 12 desktopA: the application menu; until the app sets one, Electron's default menu, as in Electron.
  /** Electron's default menu (lib/browser/default-menu.ts): what a window shows when the app sets none. */
  static defaultMenu = () =>
    new MenuStandIn([
      { role: 'fileMenu', label: 'File', submenu: [{ role: 'quit', label: 'Exit' }] },
      { role: 'editMenu', label: 'Edit' },
      {
        role: 'viewMenu',
        label: 'View',
        submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
      },
      { role: 'windowMenu', label: 'Window' },
    ])
  static applicationMenu: MenuStandIn | null = MenuStandIn.defaultMenu()
  static setApplicationMenu = (menu: MenuStandIn | null) =>
    void (MenuStandIn.applicationMenu = menu)
  static getApplicationMenu = () => MenuStandIn.applicationMenu
  /** Finds an item by its label, for tests that click the menu. */
  item(label: string): MenuItemTemplate | undefined {
    return this.items.find((item) => item.label === label)
  }
}

class NotificationStandIn extends EventEmitter {
  static supported = true
  static isSupported = () => NotificationStandIn.supported
  // issue 12 desktopA: Windows' central activation handler (Electron ≥ 44), and a way to click a toast.
  static activationHandler: ((details: ActivationDetails) => void) | null = null
  static handleActivation = (callback: (details: ActivationDetails) => void) =>
    void (NotificationStandIn.activationHandler = callback)
  /**
   * The user clicks a toast (or one of its buttons): Windows' activator calls the handler, and the
   * instance, when it is still in memory, emits its own event too (Electron's docs: "in addition").
   */
  static activate(details: ActivationDetails, instance?: NotificationStandIn): void {
    if (details.type === 'action') instance?.emit('action', details, details.actionIndex ?? 0)
    else instance?.emit('click', {})
    NotificationStandIn.activationHandler?.(details)
  }
  shown = false
  options: { title?: string; body?: string; actions?: { text: string }[] }
  constructor(options: { title?: string; body?: string; actions?: { text: string }[] } = {}) {
    super()
    this.options = options
  }
  show(): void {
    this.shown = true
    recorded.notifications.push(this)
    this.emit('show')
  }
  close = () => void this.emit('close')
}

interface ActivationDetails {
  type: string
  arguments: string
  actionIndex?: number
}

// issue 12 desktopA: powerSaveBlocker, recording which blockers are held.
const powerSaveBlocker = {
  active: new Map<number, 'prevent-app-suspension' | 'prevent-display-sleep'>(),
  nextId: 1,
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = powerSaveBlocker.nextId++
    powerSaveBlocker.active.set(id, type)
    return id
  },
  stop: (id: number): boolean => powerSaveBlocker.active.delete(id),
  isStarted: (id: number): boolean => powerSaveBlocker.active.has(id),
}

// issue 12 desktopA: what the start-up reads once Electron is ready.
const session = {
  defaultSession: {
    setPermissionRequestHandler: (_handler: Listener | null) => undefined,
    setPermissionCheckHandler: (_handler: Listener | null) => undefined,
  },
}
const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  shouldUseDarkColorsForSystemIntegratedUI: false,
})

class PowerMonitorStandIn extends EventEmitter {
  idleSeconds = 0
  getSystemIdleTime = () => this.idleSeconds
  getSystemIdleState = (threshold: number) => (this.idleSeconds >= threshold ? 'idle' : 'active')
}

class IpcMainStandIn extends EventEmitter {
  handlers = new Map<string, Listener>()
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler = (channel: string) => void this.handlers.delete(channel)
  /** Calls a handler the way a renderer's invoke would, from a frame at `senderUrl`. */
  async invoke(channel: string, senderUrl: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler(
      { senderFrame: { url: senderUrl }, sender: { getURL: () => senderUrl } },
      ...args,
    )
  }
}

const nativeImage = {
  createFromPath: (path: string) => ({
    path,
    isEmpty: () => false,
    setTemplateImage: () => undefined,
  }),
  createEmpty: () => ({ path: '', isEmpty: () => true, setTemplateImage: () => undefined }),
}

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
}
const screen = {
  displays: [display],
  getPrimaryDisplay: () => screen.displays[0],
  getAllDisplays: () => screen.displays,
  getDisplayNearestPoint: () => screen.displays[0],
  getDisplayMatching: () => screen.displays[0],
  getCursorScreenPoint: () => ({ x: 0, y: 0 }),
}

const dialog = {
  showMessageBox: (...args: unknown[]) => {
    recorded.dialogs.push({ kind: 'message', options: args.at(-1) })
    return Promise.resolve({ response: 0, checkboxChecked: false })
  },
  showErrorBox: (title: string, content: string) =>
    void recorded.dialogs.push({ kind: 'error', options: { title, content } }),
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: undefined }),
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
}

const globalShortcut = {
  register: (accelerator: string, callback: Listener) => (
    recorded.shortcuts.set(accelerator, callback),
    true
  ),
  unregister: (accelerator: string) => void recorded.shortcuts.delete(accelerator),
  unregisterAll: () => recorded.shortcuts.clear(),
  isRegistered: (accelerator: string) => recorded.shortcuts.has(accelerator),
}

const shell = {
  openPath: (path: string) => (recorded.openedPaths.push(path), Promise.resolve('')),
  showItemInFolder: () => undefined,
}

export const app = new AppStandIn()
export const powerMonitor = new PowerMonitorStandIn()
export const ipcMain = new IpcMainStandIn()
export {
  BrowserWindowStandIn as BrowserWindow,
  TrayStandIn as Tray,
  MenuStandIn as Menu,
  NotificationStandIn as Notification,
  nativeImage,
  screen,
  dialog,
  globalShortcut,
  shell,
  powerSaveBlocker,
  session,
  nativeTheme,
}

export { contextBridge, ipcRenderer, openRendererPage } from './electron-stand-in-renderer.ts'

/** Forgets windows, trays, handlers and recordings between tests. */
export function resetElectronStandIn(): void {
  BrowserWindowStandIn.all.length = 0
  TrayStandIn.all.length = 0
  NotificationStandIn.supported = true
  NotificationStandIn.activationHandler = null
  MenuStandIn.applicationMenu = MenuStandIn.defaultMenu()
  powerSaveBlocker.active.clear()
  app.exitCode = null
  app.singleInstance = true
  ipcMain.handlers.clear()
  ipcMain.removeAllListeners()
  powerMonitor.removeAllListeners()
  powerMonitor.idleSeconds = 0
  app.removeAllListeners()
  app.userData = mkdtempSync(join(tmpdir(), 'sundown-userdata-'))
  recorded.menus.length = 0
  recorded.notifications.length = 0
  recorded.dialogs.length = 0
  recorded.loginItems.length = 0
  recorded.shortcuts.clear()
  recorded.openedPaths.length = 0
}

export default {
  app,
  powerMonitor,
  ipcMain,
  BrowserWindow: BrowserWindowStandIn,
  Tray: TrayStandIn,
  Menu: MenuStandIn,
  Notification: NotificationStandIn,
  nativeImage,
  screen,
  dialog,
  globalShortcut,
  shell,
  powerSaveBlocker,
  session,
  nativeTheme,
}
