// The child process a built-app test forks: the bundle on the electron stand-in and a fake clock, driven over IPC.
import { pathToFileURL } from 'node:url'
import FakeTimers from '@sinonjs/fake-timers'
import { EVENT_NAMES, channelOf } from '../../../src/shared/ipc-channels.ts'
import * as electron from '../electron-stand-in.ts'
import { resolveElectronToStandIn } from './electron-resolution.ts'
import type {
  BuiltAppSnapshot,
  ChildCommand,
  ChildOptions,
  ChildReply,
  ChildRequest,
  PageSeen,
} from './protocol.ts'
import { reachOfPreload, runSandboxedPreload } from './sandboxed-preload.ts'

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions
const errors: string[] = []
const warnings: string[] = []
process.on('uncaughtException', (error) => void errors.push(`uncaught exception: ${error.stack}`))
process.on('unhandledRejection', (reason) =>
  errors.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`),
)
for (const level of ['warn', 'error'] as const) {
  console[level] = (...args: unknown[]) => void warnings.push(args.map(String).join(' '))
}

// Only the wall clock and its timers are fake: the IPC channel, file I/O and setImmediate stay real.
const clock = FakeTimers.install({
  now: options.startAt,
  toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
})
Object.defineProperty(process, 'platform', { value: options.platform })
// The bundle's `electron` (and electron-store's) is then this very module instance.
resolveElectronToStandIn()
const { app, BrowserWindow, Tray, ipcMain, openRendererPage, powerMonitor, recorded } = electron

let lockRequests = 0
const requestLock = app.requestSingleInstanceLock
app.requestSingleInstanceLock = () => (lockRequests++, requestLock())

type StandInWindow = InstanceType<typeof BrowserWindow>
interface Page extends PageSeen {
  window: StandInWindow
  api: Record<string, (...args: unknown[]) => Promise<unknown>> | null
}
const pages: Page[] = []
const preloadOf = (window: StandInWindow): string | null => {
  const preferences = window.options['webPreferences'] as { preload?: string } | undefined
  return preferences?.preload ?? null
}

/** What Electron does once a window's page has loaded: its preload runs, then 'ready-to-show'. */
function loadPage(window: StandInWindow): void {
  const url = window.webContents.getURL()
  const view = URL.canParse(url) ? new URL(url).searchParams.get('view') : null
  const page: Page = { view, url, exposedKeys: [], error: null, pushes: [], window, api: null }
  pages.push(page)
  const renderer = openRendererPage(window)
  try {
    runSandboxedPreload(preloadOf(window) ?? '(no preload)', renderer)
  } catch (error) {
    page.error = String(error)
  }
  page.exposedKeys = [...renderer.exposed.keys()]
  page.api = (renderer.exposed.get('sundown') as Page['api']) ?? null
  // Listening as a page would, to see main's pushes arrive through webContents.send.
  for (const channel of EVENT_NAMES.map(channelOf)) {
    renderer.ipcRenderer.on(channel, () => void page.pushes.push(channel))
  }
  window.emit('ready-to-show')
}

for (const method of ['loadFile', 'loadURL'] as const) {
  const load = BrowserWindow.prototype[method] as (...args: unknown[]) => Promise<void>
  BrowserWindow.prototype[method] = function (this: StandInWindow, ...args: unknown[]) {
    const loaded = load.apply(this, args)
    setImmediate(() => loadPage(this))
    return loaded
  } as never
}

/** Lets every pending page load, push and promise run before the test looks. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve))
}

function snapshot(): BuiltAppSnapshot {
  const preloads = [...new Set(BrowserWindow.all.map(preloadOf))].filter((file) => file !== null)
  return {
    now: Date.now(),
    userDataDir: app.getPath('userData'),
    singleInstanceLockRequests: lockRequests,
    secondInstanceListeners: app.listenerCount('second-instance'),
    storeUsesStandIn: ipcMain.listenerCount('electron-store-get-data') > 0,
    trays: Tray.all.map((tray) => ({
      imagePath: (tray.image as { path?: string } | null)?.path ?? null,
      tooltip: tray.tooltip,
    })),
    windows: BrowserWindow.all.map((window) => {
      const preferences = (window.options['webPreferences'] ?? {}) as Record<string, unknown>
      return {
        url: window.webContents.getURL(),
        preload: preloadOf(window),
        sandbox: preferences['sandbox'],
        contextIsolation: preferences['contextIsolation'],
        nodeIntegration: preferences['nodeIntegration'],
      }
    }),
    pages: pages.map(({ api: _api, window: _window, ...seen }) => seen),
    preloads: preloads.map(reachOfPreload),
    ipcHandlers: [...ipcMain.handlers.keys()],
    notifications: recorded.notifications.map(({ options: shown }) => ({
      title: shown.title ?? '',
      body: shown.body ?? '',
    })),
    quitRequested: app.quitRequested,
    dialogs: recorded.dialogs.map(({ kind, options }) => ({ kind, text: JSON.stringify(options) })),
    errors,
    warnings,
  }
}

/** The tray's menu as the user reaches it: attached on Linux (AppIndicator), popped up by a right click elsewhere. */
function trayMenu() {
  const tray = Tray.all.at(-1)
  if (!tray) throw new Error('there is no tray icon')
  if (options.platform === 'linux') return tray.contextMenu
  tray.emit('right-click', {}, tray.getBounds())
  return tray.poppedUp.at(-1) ?? null
}

async function perform(command: ChildCommand): Promise<unknown> {
  switch (command.type) {
    case 'snapshot':
      return snapshot()
    case 'advanceTo':
      await clock.tickAsync(Math.max(0, command.at - Date.now()))
      return Date.now()
    case 'emitPowerMonitor':
      return powerMonitor.emit(command.event)
    case 'clickTrayItem': {
      const item = trayMenu()?.item(command.label)
      if (!item?.click) throw new Error(`the tray menu has no item '${command.label}'`)
      if (item.enabled === false) throw new Error(`'${command.label}' is disabled`)
      return item.click()
    }
    case 'clickLastNotification': {
      const notification = recorded.notifications.at(-1)
      if (!notification) throw new Error('no notification was shown')
      // Windows answers a toast through its activator (Notification.handleActivation) as well.
      if (process.platform === 'win32')
        return electron.Notification.activate({ type: 'click', arguments: '' }, notification)
      return notification.emit('click')
    }
    case 'answerOpenDialog': {
      const filePaths = command.paths
      electron.dialog.showOpenDialog = ((..._args: unknown[]) =>
        Promise.resolve({ canceled: false, filePaths })) as typeof electron.dialog.showOpenDialog
      return null
    }
    case 'call': {
      const page = pages.findLast(
        ({ view, window }) => view === command.view && !window.isDestroyed(),
      )
      const method = page?.api?.[command.method]
      if (!method) throw new Error(`no open ${command.view} page exposes sundown.${command.method}`)
      return command.payload === undefined ? method() : method(command.payload)
    }
  }
}

process.on('message', (request: ChildRequest) => {
  void (async () => {
    let reply: ChildReply
    try {
      const value = await perform(request)
      await settle()
      reply = { id: request.id, ok: true, value }
    } catch (error) {
      await settle()
      reply = { id: request.id, ok: false, error: String(error) }
    }
    process.send?.(reply)
  })()
})

try {
  await import(pathToFileURL(options.mainFile).href)
} catch (error) {
  errors.push(`the bundle did not load: ${error instanceof Error ? error.stack : String(error)}`)
}
await settle()
process.send?.({ type: 'started' } satisfies ChildReply)
