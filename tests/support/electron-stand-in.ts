/**
 * A stand-in for the `electron` module: the APIs Sundown uses, behaving as Electron documents them,
 * and recording what was asked of them for tests to read.
 *
 * How it is typed against Electron (node_modules/electron/electron.d.ts): `UsedExports` picks the
 * exports Sundown imports from `typeof import('electron')`, and the default export must have each
 * of them. Every stand-in class `implements Pick<Electron.X, members>` of the members Sundown calls
 * (statics checked with `satisfies`), so `npm run typecheck` fails when Electron drops a member or
 * changes its signature. Members that hand out other Electron objects (a window's `webContents`, an
 * event's `senderFrame`, `app.dock`, `Menu.items`) return the stand-in's own objects instead.
 *
 * Behaving as Electron, where tests lean on it:
 * - `process.platform` is set per test with `setPlatform` (restored by the reset); an event Electron
 *   emits only on some platforms (per electron.d.ts's `@platform` tags: powerMonitor's
 *   'lock-screen', app's 'activate', a window's 'session-end', a notification's 'failed' …)
 *   throws when emitted on any other.
 * - `ipcMain.invoke(channel, senderUrl, ...args)` plays the renderer's `invoke`: arguments and the
 *   result are structured-cloned, a failure arrives as "Error invoking remote method '…': <error>",
 *   the frame's URL is canonical, and a `null` senderUrl is a frame that navigated away or closed.
 * - `loadFile` leaves the page at the URL Electron builds; `webContents.send` clones its payload.
 * - Notifications answer on a later tick: 'show', or 'failed' while `Notification.failure` is set.
 * - `globalShortcut.register` throws on an accelerator Electron cannot parse and answers false for
 *   keys in `globalShortcut.heldElsewhere` or already registered.
 * - `app.quit()` emits 'before-quit', closes the windows, emits 'will-quit' and 'quit', each
 *   stoppable with preventDefault; `app.exit()` emits none of them.
 *
 * Where it still differs from Electron:
 * - No page ever loads: no renderer, preload or paint; a test emits 'ready-to-show', 'blur' and
 *   navigation events itself. `ipcMain.invoke` stands in for the whole renderer side.
 * - Everything happens at once that Electron does later: window closing, 'will-quit' and 'quit',
 *   'show' and 'focus' (only notifications answer on a later tick, on the real event loop).
 * - Canonical URLs come from Node's WHATWG URL, which agrees with Chromium on spaces, non-ASCII,
 *   `%`, `\` and the drive letter, not necessarily on rarer characters (`^`, `|`) or UNC paths.
 * - Structured cloning is Node's; Electron's also refuses DOM and Electron objects, which never
 *   appear here. The handler's error is not logged to the console as Electron does.
 * - The accelerator reader follows the Accelerator docs (modifiers and exactly one key code);
 *   Electron's own parser is laxer in places. Wayland's refusal of global shortcuts is not modelled.
 * - `setPlatform` changes `process.platform` only: `node:path`, `os.platform()` and Node's URL
 *   helpers keep the host's rules.
 * - Displays, idle time, locale (`getLocale`, `getSystemLocale` and the preferred languages alike),
 *   macOS user defaults, login items and dialogs are fixed or scripted by the test (dialogs answer
 *   "canceled" at once; idle state is never 'locked' or 'unknown'), and a menu's items are built
 *   from the template without Electron's role and accelerator defaults. Until the app sets an
 *   application menu, `Menu.getApplicationMenu()` answers a model of Electron's default menu.
 * - A Windows toast is clicked with `Notification.activate(details, instance?)`, which does what
 *   Windows' activator does: the instance's event (if still held), then `handleActivation`'s callback.
 * - `powerSaveBlocker` only records which blockers are held; nothing is kept awake.
 * - Windows are never focused, blurred or painted by a desktop, and emit no 'destroyed' from their
 *   webContents; a tray never shows its icon, so `getBounds` answers a fixed top-right rectangle.
 */
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { canonicalAccelerator } from './electron-stand-in-accelerator.ts'
import {
  cloneAcrossProcesses,
  invokeRejection,
  loadedFileUrl,
} from './electron-stand-in-chromium.ts'
import { PlatformEventEmitter, restorePlatform } from './electron-stand-in-platform.ts'

export { restorePlatform, setPlatform, type DesktopPlatform } from './electron-stand-in-platform.ts'

/** Everything the stand-in recorded since the last reset; tests read it to see what the app did. */
export const recorded = {
  menus: [] as MenuStandIn[],
  notifications: [] as NotificationStandIn[],
  dialogs: [] as { kind: string; options: unknown }[],
  loginItems: [] as Electron.Settings[],
  shortcuts: new Map<string, () => void>(),
  openedPaths: [] as string[],
}

/** An event object as Electron hands listeners: `preventDefault()` marks it. */
function electronEvent<Params extends object>(params: Params = {} as Params) {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault: () => void (event.defaultPrevented = true),
  }
  return event
}

/** Electron's signature for a static or module function, answering with the stand-in's own object. */
type Returning<Signature, Result> = Signature extends (...args: infer Args) => unknown
  ? (...args: Args) => Result
  : never

// Captured at load, so a test's fake timers do not stop the desktop's answers.
const later = setImmediate

/** `app.commandLine`: the switches set before ready, as Chromium keeps them (a later value replaces an earlier one). */
class CommandLineStandIn implements Pick<
  Electron.CommandLine,
  'appendSwitch' | 'getSwitchValue' | 'hasSwitch'
> {
  switches = new Map<string, string>()
  appendSwitch(the_switch: string, value?: string): void {
    this.switches.set(the_switch, value ?? '')
  }
  getSwitchValue(the_switch: string): string {
    return this.switches.get(the_switch) ?? ''
  }
  hasSwitch(the_switch: string): boolean {
    return this.switches.has(the_switch)
  }
}

class AppStandIn
  extends PlatformEventEmitter
  implements
    Pick<
      Electron.App,
      | 'getPath'
      | 'getAppPath'
      | 'isPackaged'
      | 'getName'
      | 'getVersion'
      | 'getLocale'
      | 'getSystemLocale'
      | 'getPreferredSystemLanguages'
      | 'requestSingleInstanceLock'
      | 'hasSingleInstanceLock'
      | 'releaseSingleInstanceLock'
      | 'setAppUserModelId'
      | 'setToastActivatorCLSID'
      | 'setLoginItemSettings'
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
    >
{
  userData = mkdtempSync(join(tmpdir(), 'sundown-userdata-'))
  isPackaged = false
  locale = 'en-US'
  /** Test switch: false when another Sundown holds the single-instance lock. */
  singleInstance = true
  lockHeld = false
  quitRequested = false
  exitCode: number | null = null
  modelId: string | null = null
  toastActivatorCLSID: string | null = null
  commandLine: Pick<Electron.CommandLine, 'appendSwitch' | 'getSwitchValue' | 'hasSwitch'> =
    new CommandLineStandIn()
  readonly #dock = { hide: () => undefined, show: () => Promise.resolve() }
  constructor() {
    super('interface App extends')
  }
  /** Only macOS has a Dock: elsewhere Electron's `app.dock` is undefined. */
  get dock(): Pick<Electron.Dock, 'hide' | 'show'> | undefined {
    return process.platform === 'darwin' ? this.#dock : undefined
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    return name === 'userData' ? this.userData : join(this.userData, name)
  }
  getAppPath = (): string => process.cwd()
  getName = (): string => 'Sundown'
  getVersion = (): string => '0.0.0-test'
  getLocale = (): string => this.locale
  getSystemLocale = (): string => this.locale
  getPreferredSystemLanguages = (): string[] => [this.locale]
  requestSingleInstanceLock = (): boolean => (this.lockHeld = this.singleInstance)
  hasSingleInstanceLock = (): boolean => this.lockHeld
  releaseSingleInstanceLock = (): void => void (this.lockHeld = false)
  setAppUserModelId = (id: string): void => void (this.modelId = id)
  /** Throws on a value that is not a GUID, as Electron does. */
  setToastActivatorCLSID = (id: string): void => {
    const guid = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i.exec(id)
    if (!guid) throw new Error(`Invalid CLSID: ${id}`)
    this.toastActivatorCLSID = `{${guid[1]}}`
  }
  setLoginItemSettings = (settings: Electron.Settings): void =>
    void recorded.loginItems.push(settings)
  whenReady = (): Promise<void> => Promise.resolve()
  isReady = (): boolean => true
  /** Electron's order: 'before-quit', the windows close, 'will-quit', then 'quit'; each may be stopped. */
  quit = (): void => {
    if (this.quitRequested) return
    const beforeQuit = electronEvent()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    for (const window of BrowserWindowStandIn.getAllWindows()) window.close()
    if (BrowserWindowStandIn.getAllWindows().length > 0) return
    const willQuit = electronEvent()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return
    this.quitRequested = true
    this.exitCode = 0
    this.emit('quit', electronEvent(), 0)
  }
  /** Quits at once with `exitCode`: no quit events, windows destroyed without 'close'. */
  exit = (exitCode = 0): void => {
    for (const window of BrowserWindowStandIn.getAllWindows()) window.destroy()
    this.quitRequested = true
    this.exitCode = exitCode
  }
}

class WebContentsStandIn
  extends PlatformEventEmitter
  implements Pick<Electron.WebContents, 'id' | 'send' | 'setWindowOpenHandler' | 'getURL'>
{
  static nextId = 1
  sent: { channel: string; args: unknown[] }[] = []
  url = ''
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null
  id = WebContentsStandIn.nextId++
  destroyed = false
  constructor() {
    super('class WebContents extends')
  }
  /** Sends to the page: the payload is cloned as Electron's IPC does, so an unclonable one throws. */
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args: cloneAcrossProcesses(args) })
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler
  }
  getURL = (): string => this.url
  isDestroyed = (): boolean => this.destroyed
}

class BrowserWindowStandIn
  extends PlatformEventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'loadURL'
      | 'loadFile'
      | 'show'
      | 'showInactive'
      | 'hide'
      | 'focus'
      | 'close'
      | 'destroy'
      | 'isVisible'
      | 'isDestroyed'
      | 'isFocused'
      | 'setPosition'
      | 'getBounds'
      | 'setBounds'
      | 'setAlwaysOnTop'
      | 'setVisibleOnAllWorkspaces'
      | 'setSkipTaskbar'
    >
{
  static all: BrowserWindowStandIn[] = []
  static getAllWindows: Returning<
    typeof Electron.BrowserWindow.getAllWindows,
    BrowserWindowStandIn[]
  > = () => BrowserWindowStandIn.all.filter((window) => !window.destroyed)
  static fromWebContents: Returning<
    typeof Electron.BrowserWindow.fromWebContents,
    BrowserWindowStandIn | null
  > = (contents) =>
    BrowserWindowStandIn.all.find((window) => window.webContents === (contents as unknown)) ?? null
  webContents = new WebContentsStandIn()
  options: Electron.BrowserWindowConstructorOptions
  visible = false
  destroyed = false
  bounds: Electron.Rectangle
  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super('class BrowserWindow extends')
    this.options = options
    this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 }
    BrowserWindowStandIn.all.push(this)
  }
  /** Leaves the page at the URL in Chromium's form; a string that is no URL fails the load, as in Electron. */
  loadURL(url: string): Promise<void> {
    if (!URL.canParse(url))
      return Promise.reject(new Error(`ERR_INVALID_URL (-300) loading '${url}'`))
    this.webContents.url = new URL(url).href
    return Promise.resolve()
  }
  /** Leaves the page at the URL Electron's loadFile builds, canonical as Chromium writes it. */
  loadFile(filePath: string, options?: Electron.LoadFileOptions): Promise<void> {
    this.webContents.url = loadedFileUrl(app.getAppPath(), filePath, options)
    return Promise.resolve()
  }
  show = (): void => void ((this.visible = true), this.emit('show'))
  showInactive = (): void => void (this.visible = true)
  hide = (): void => void ((this.visible = false), this.emit('hide'))
  focus = (): void => void this.emit('focus')
  /** Asks first ('close' may be prevented), then destroys. */
  close = (): void => {
    if (this.destroyed) return
    const event = electronEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  destroy = (): void => {
    if (this.destroyed) return
    this.destroyed = true
    this.visible = false
    this.webContents.destroyed = true
    this.emit('closed')
  }
  isVisible = (): boolean => this.visible
  isDestroyed = (): boolean => this.destroyed
  isFocused = (): boolean => this.visible
  setPosition = (x: number, y: number): void => void Object.assign(this.bounds, { x, y })
  getBounds = (): Electron.Rectangle => ({ ...this.bounds })
  setBounds = (bounds: Partial<Electron.Rectangle>): void => void Object.assign(this.bounds, bounds)
  setAlwaysOnTop = (): void => undefined
  setVisibleOnAllWorkspaces = (): void => undefined
  setSkipTaskbar = (): void => undefined
}

class TrayStandIn
  extends PlatformEventEmitter
  implements
    Pick<
      Electron.Tray,
      | 'setImage'
      | 'setToolTip'
      | 'setContextMenu'
      | 'popUpContextMenu'
      | 'getBounds'
      | 'destroy'
      | 'setIgnoreDoubleClickEvents'
    >
{
  static all: TrayStandIn[] = []
  image: NativeImageStandIn | string
  tooltip = ''
  contextMenu: MenuStandIn | null = null
  poppedUp: MenuStandIn[] = []
  ignoreDoubleClicks = false
  destroyed = false
  bounds = { x: 1200, y: 0, width: 24, height: 24 }
  constructor(image: Electron.NativeImage | string) {
    super('class Tray extends')
    this.image = image as NativeImageStandIn | string
    TrayStandIn.all.push(this)
  }
  setImage = (image: Electron.NativeImage | string): void =>
    void (this.image = image as NativeImageStandIn | string)
  setToolTip = (toolTip: string): void => void (this.tooltip = toolTip)
  setContextMenu = (menu: Electron.Menu | null): void =>
    void (this.contextMenu = menu as MenuStandIn | null)
  popUpContextMenu = (menu?: Electron.Menu): void =>
    void this.poppedUp.push((menu ?? this.contextMenu) as MenuStandIn)
  getBounds = (): Electron.Rectangle => ({ ...this.bounds })
  destroy = (): void => void (this.destroyed = true)
  setIgnoreDoubleClickEvents = (ignore: boolean): void => void (this.ignoreDoubleClicks = ignore)
}

/** A built menu item: the template's fields, and a `click()` that calls its handler as Electron does. */
interface MenuItemStandIn {
  label?: string
  type?: Electron.MenuItemConstructorOptions['type']
  role?: Electron.MenuItemConstructorOptions['role']
  accelerator?: Electron.MenuItemConstructorOptions['accelerator']
  enabled: boolean
  visible: boolean
  submenu?: MenuStandIn
  click(): void
}

class MenuStandIn {
  items: MenuItemStandIn[]
  constructor(template: readonly Electron.MenuItemConstructorOptions[]) {
    this.items = template.map((entry) => {
      const item: MenuItemStandIn = {
        label: entry.label,
        type: entry.type,
        role: entry.role,
        accelerator: entry.accelerator,
        enabled: entry.enabled ?? true,
        visible: entry.visible ?? true,
        submenu: Array.isArray(entry.submenu) ? new MenuStandIn(entry.submenu) : undefined,
        click: () => entry.click?.(item as never, undefined, electronEvent() as never),
      }
      return item
    })
  }
  static buildFromTemplate: Returning<typeof Electron.Menu.buildFromTemplate, MenuStandIn> = (
    template,
  ) => {
    const menu = new MenuStandIn(template as Electron.MenuItemConstructorOptions[])
    recorded.menus.push(menu)
    return menu
  }
  /** Electron's default menu (lib/browser/default-menu.ts): what a window shows while the app sets none. */
  static defaultMenu = (): MenuStandIn =>
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
  static setApplicationMenu: Returning<typeof Electron.Menu.setApplicationMenu, void> = (menu) =>
    void (MenuStandIn.applicationMenu = menu as MenuStandIn | null)
  static getApplicationMenu = (): MenuStandIn | null => MenuStandIn.applicationMenu
  /** Finds an item by its label, for tests that click the menu. */
  item(label: string): MenuItemStandIn | undefined {
    return this.items.find((item) => item.label === label)
  }
}

class NotificationStandIn
  extends PlatformEventEmitter
  implements Pick<Electron.Notification, 'show' | 'close'>
{
  /** Test switch: `Notification.isSupported()`. */
  static supported = true
  /** Test switch: while set, a shown notification emits 'failed' with this error, not 'show'. */
  static failure: string | null = null
  static isSupported: typeof Electron.Notification.isSupported = () => NotificationStandIn.supported
  /** Windows' central activation handler: toasts clicked in the Action Center, even after a restart. */
  static activationHandler: ((details: Electron.ActivationArguments) => void) | null = null
  static handleActivation: typeof Electron.Notification.handleActivation = (callback) =>
    void (NotificationStandIn.activationHandler = callback)
  /**
   * The user clicks a toast (or one of its buttons): Windows' activator calls the handler, and the
   * instance, when it is still in memory, emits its own event too (Electron's docs: "in addition").
   */
  static activate(details: Electron.ActivationArguments, instance?: NotificationStandIn): void {
    if (details.type === 'action')
      instance?.emit('action', electronEvent(), details.actionIndex ?? 0)
    else instance?.emit('click', electronEvent())
    NotificationStandIn.activationHandler?.(details)
  }
  options: Electron.NotificationConstructorOptions
  shown = false
  closed = false
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super('class Notification extends')
    this.options = options
  }
  /** The desktop answers on a later tick: 'show', or 'failed' when the test said it fails. */
  show(): void {
    recorded.notifications.push(this)
    const failure = NotificationStandIn.failure
    later(() => {
      if (failure === null) {
        this.shown = true
        this.emit('show', electronEvent())
      } else this.emit('failed', electronEvent(), failure)
    })
  }
  close(): void {
    if (this.closed) return
    this.closed = true
    later(() => this.emit('close', electronEvent()))
  }
}

class PowerMonitorStandIn
  extends PlatformEventEmitter
  implements Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>
{
  /** Test switch: the seconds since the last input. */
  idleSeconds = 0
  constructor() {
    super('interface PowerMonitor extends')
  }
  getSystemIdleTime = (): number => this.idleSeconds
  getSystemIdleState = (idleThreshold: number): 'active' | 'idle' =>
    this.idleSeconds >= idleThreshold ? 'idle' : 'active'
}

type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1]

class IpcMainStandIn
  extends EventEmitter
  implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'>
{
  handlers = new Map<string, InvokeHandler>()
  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    this.handlers.set(channel, listener)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  /**
   * The renderer's `ipcRenderer.invoke(channel, ...args)` from a frame at `senderUrl` (null: the
   * frame navigated away or was destroyed): arguments and result are cloned, and a failure
   * rejects with Electron's text, "Error invoking remote method '<channel>': <error>".
   */
  async invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const sent = cloneAcrossProcesses(args)
    const handler = this.handlers.get(channel)
    if (!handler)
      throw invokeRejection(channel, new Error(`No handler registered for '${channel}'`))
    const url = senderUrl === null ? null : canonicalUrl(senderUrl)
    const sender =
      BrowserWindowStandIn.getAllWindows().find((window) => window.webContents.url === url)
        ?.webContents ?? Object.assign(new WebContentsStandIn(), { url: url ?? '' })
    const event = electronEvent({
      type: 'frame' as const,
      processId: 1,
      frameId: 1,
      sender,
      senderFrame: url === null ? null : { url },
    })
    try {
      return cloneAcrossProcesses(await handler(event as never, ...sent))
    } catch (error) {
      throw invokeRejection(channel, error)
    }
  }
}

/** A sender's URL as Chromium reports it; a string that is no URL is passed through. */
function canonicalUrl(url: string): string {
  try {
    return new URL(url).href
  } catch {
    return url
  }
}

/** A stand-in image: empty when the file does not exist, as Electron's createFromPath answers. */
class NativeImageStandIn implements Pick<Electron.NativeImage, 'isEmpty' | 'setTemplateImage'> {
  path: string
  template = false
  constructor(path: string) {
    this.path = path
  }
  isEmpty = (): boolean => this.path === '' || !existsSync(this.path)
  setTemplateImage = (option: boolean): void => void (this.template = option)
  isTemplateImage = (): boolean => this.template
}

const nativeImage: {
  [Name in 'createFromPath' | 'createEmpty']: Returning<
    (typeof Electron.nativeImage)[Name],
    NativeImageStandIn
  >
} = {
  createFromPath: (path) => new NativeImageStandIn(path),
  createEmpty: () => new NativeImageStandIn(''),
}

/** One display as Electron describes it: a 1440×900 screen with a 25-pixel menu bar. */
function displayOf(id: number, bounds: Electron.Rectangle, menuBarPx: number): Electron.Display {
  const size = { width: bounds.width, height: bounds.height }
  const workArea = { ...bounds, y: bounds.y + menuBarPx, height: bounds.height - menuBarPx }
  return {
    id,
    label: `Display ${id}`,
    bounds,
    workArea,
    size,
    workAreaSize: { width: workArea.width, height: workArea.height },
    scaleFactor: 1,
    rotation: 0,
    internal: id === 1,
    detected: true,
    monochrome: false,
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    displayFrequency: 60,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
  }
}

class ScreenStandIn
  extends EventEmitter
  implements
    Pick<
      Electron.Screen,
      | 'getPrimaryDisplay'
      | 'getAllDisplays'
      | 'getDisplayNearestPoint'
      | 'getDisplayMatching'
      | 'getCursorScreenPoint'
    >
{
  displays: Electron.Display[] = [displayOf(1, { x: 0, y: 0, width: 1440, height: 900 }, 25)]
  cursor: Electron.Point = { x: 0, y: 0 }
  getPrimaryDisplay = (): Electron.Display => this.displays[0] as Electron.Display
  getAllDisplays = (): Electron.Display[] => [...this.displays]
  getDisplayNearestPoint = (point: Electron.Point): Electron.Display =>
    this.displays.find((display) => contains(display.bounds, point)) ?? this.getPrimaryDisplay()
  getDisplayMatching = (rect: Electron.Rectangle): Electron.Display =>
    this.getDisplayNearestPoint({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })
  getCursorScreenPoint = (): Electron.Point => ({ ...this.cursor })
}

const contains = (bounds: Electron.Rectangle, point: Electron.Point): boolean =>
  point.x >= bounds.x &&
  point.x < bounds.x + bounds.width &&
  point.y >= bounds.y &&
  point.y < bounds.y + bounds.height

class DialogStandIn implements Pick<
  Electron.Dialog,
  'showMessageBox' | 'showErrorBox' | 'showSaveDialog' | 'showOpenDialog'
> {
  showMessageBox(...args: unknown[]): Promise<Electron.MessageBoxReturnValue> {
    recorded.dialogs.push({ kind: 'message', options: args.at(-1) })
    return Promise.resolve({ response: 0, checkboxChecked: false })
  }
  showErrorBox(title: string, content: string): void {
    recorded.dialogs.push({ kind: 'error', options: { title, content } })
  }
  showSaveDialog(..._args: unknown[]): Promise<Electron.SaveDialogReturnValue> {
    return Promise.resolve({ canceled: true, filePath: '' })
  }
  showOpenDialog(..._args: unknown[]): Promise<Electron.OpenDialogReturnValue> {
    return Promise.resolve({ canceled: true, filePaths: [] })
  }
}

class GlobalShortcutStandIn implements Pick<
  Electron.GlobalShortcut,
  'register' | 'unregister' | 'unregisterAll' | 'isRegistered'
> {
  /** Test switch: accelerators another app holds, so registering them answers false. */
  heldElsewhere = new Set<string>()
  /** Registers `callback` for the keys; throws as Electron does when it cannot parse them. */
  register(accelerator: string, callback: () => void): boolean {
    const keys = this.#parse(accelerator)
    if (this.#heldKeys().has(keys) || this.#registeredAs(keys) !== undefined) return false
    recorded.shortcuts.set(accelerator, callback)
    return true
  }
  unregister(accelerator: string): void {
    const registered = this.#registeredAs(this.#parse(accelerator))
    if (registered !== undefined) recorded.shortcuts.delete(registered)
  }
  unregisterAll(): void {
    recorded.shortcuts.clear()
  }
  isRegistered(accelerator: string): boolean {
    return this.#registeredAs(this.#parse(accelerator)) !== undefined
  }
  #parse(accelerator: string): string {
    const keys = canonicalAccelerator(accelerator, process.platform)
    // gin's text when an argument cannot be converted to an Accelerator.
    if (keys === null) {
      throw new TypeError(
        `Error processing argument at index 0, conversion failure from ${accelerator}`,
      )
    }
    return keys
  }
  #heldKeys(): Set<string | null> {
    return new Set(
      [...this.heldElsewhere].map((held) => canonicalAccelerator(held, process.platform)),
    )
  }
  #registeredAs(keys: string): string | undefined {
    return [...recorded.shortcuts.keys()].find(
      (registered) => canonicalAccelerator(registered, process.platform) === keys,
    )
  }
}

class ShellStandIn implements Pick<Electron.Shell, 'openPath' | 'showItemInFolder'> {
  openPath(path: string): Promise<string> {
    recorded.openedPaths.push(path)
    return Promise.resolve('')
  }
  showItemInFolder(): void {
    return undefined
  }
}

class NativeThemeStandIn
  extends PlatformEventEmitter
  implements
    Pick<
      Electron.NativeTheme,
      'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'themeSource'
    >
{
  /** Test switch: whether the system asks for dark colours; emit 'updated' after changing it. */
  shouldUseDarkColors = false
  /** Test switch: the taskbar's and Start menu's shade (Windows), which may differ from the apps'. */
  shouldUseDarkColorsForSystemIntegratedUI = false
  themeSource: Electron.NativeTheme['themeSource'] = 'system'
  constructor() {
    super('interface NativeTheme extends')
  }
}

/** `powerSaveBlocker`: which blockers are held, by id. */
class PowerSaveBlockerStandIn implements Pick<
  Electron.PowerSaveBlocker,
  'start' | 'stop' | 'isStarted'
> {
  active = new Map<number, 'prevent-app-suspension' | 'prevent-display-sleep'>()
  nextId = 1
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.nextId++
    this.active.set(id, type)
    return id
  }
  stop(id: number): boolean {
    return this.active.delete(id)
  }
  isStarted(id: number): boolean {
    return this.active.has(id)
  }
}

type PermissionHandlers = Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>

class SessionStandIn implements PermissionHandlers {
  requestHandler: Parameters<PermissionHandlers['setPermissionRequestHandler']>[0] = null
  checkHandler: Parameters<PermissionHandlers['setPermissionCheckHandler']>[0] = null
  setPermissionRequestHandler(
    handler: Parameters<PermissionHandlers['setPermissionRequestHandler']>[0],
  ): void {
    this.requestHandler = handler
  }
  setPermissionCheckHandler(
    handler: Parameters<PermissionHandlers['setPermissionCheckHandler']>[0],
  ): void {
    this.checkHandler = handler
  }
}

const EMPTY_USER_DEFAULTS: Electron.UserDefaultTypes = {
  array: [],
  boolean: false,
  dictionary: {},
  double: 0,
  float: 0,
  integer: 0,
  string: '',
  url: '',
}

/** macOS's user defaults: a key nobody set reads as its type's empty value, as NSUserDefaults answers. */
class SystemPreferencesStandIn implements Pick<Electron.SystemPreferences, 'getUserDefault'> {
  /** Test switch: the defaults the user set, by key (e.g. `AppleICUForce24HourTime`). */
  readonly defaults = new Map<string, unknown>()
  getUserDefault<Type extends keyof Electron.UserDefaultTypes>(
    key: string,
    type: Type,
  ): Electron.UserDefaultTypes[Type] {
    return (this.defaults.get(key) ?? EMPTY_USER_DEFAULTS[type]) as Electron.UserDefaultTypes[Type]
  }
}

export const app = new AppStandIn()
export const systemPreferences = new SystemPreferencesStandIn()
export const powerMonitor = new PowerMonitorStandIn()
export const ipcMain = new IpcMainStandIn()
const screen = new ScreenStandIn()
const dialog = new DialogStandIn()
const globalShortcut = new GlobalShortcutStandIn()
const shell = new ShellStandIn()
export const nativeTheme = new NativeThemeStandIn()
export const session = { defaultSession: new SessionStandIn() }
export const powerSaveBlocker = new PowerSaveBlockerStandIn()
export { contextBridge, ipcRenderer, openRendererPage } from './electron-stand-in-renderer.ts'
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
}

/** Forgets windows, trays, handlers, switches and recordings between tests; the platform is the host's again. */
export function resetElectronStandIn(): void {
  restorePlatform()
  BrowserWindowStandIn.all.length = 0
  TrayStandIn.all.length = 0
  NotificationStandIn.supported = true
  NotificationStandIn.failure = null
  NotificationStandIn.activationHandler = null
  MenuStandIn.applicationMenu = MenuStandIn.defaultMenu()
  powerSaveBlocker.active.clear()
  systemPreferences.defaults.clear()
  app.commandLine = new CommandLineStandIn()
  ipcMain.handlers.clear()
  ipcMain.removeAllListeners()
  powerMonitor.removeAllListeners()
  powerMonitor.idleSeconds = 0
  app.removeAllListeners()
  app.userData = mkdtempSync(join(tmpdir(), 'sundown-userdata-'))
  app.singleInstance = true
  app.lockHeld = false
  app.quitRequested = false
  app.exitCode = null
  app.modelId = null
  app.toastActivatorCLSID = null
  globalShortcut.heldElsewhere.clear()
  nativeTheme.removeAllListeners()
  nativeTheme.shouldUseDarkColors = false
  nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false
  session.defaultSession = new SessionStandIn()
  screen.cursor = { x: 0, y: 0 }
  recorded.menus.length = 0
  recorded.notifications.length = 0
  recorded.dialogs.length = 0
  recorded.loginItems.length = 0
  recorded.shortcuts.clear()
  recorded.openedPaths.length = 0
}

/** The exports Sundown imports from 'electron'; `Pick` fails to compile when Electron drops one. */
type UsedExports = keyof Pick<
  typeof Electron,
  | 'app'
  | 'powerMonitor'
  | 'ipcMain'
  | 'BrowserWindow'
  | 'Tray'
  | 'Menu'
  | 'Notification'
  | 'nativeImage'
  | 'screen'
  | 'dialog'
  | 'globalShortcut'
  | 'shell'
  | 'nativeTheme'
  | 'session'
  | 'powerSaveBlocker'
  | 'systemPreferences'
>

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
  nativeTheme,
  session,
  powerSaveBlocker,
  systemPreferences,
} satisfies Record<UsedExports, unknown>
