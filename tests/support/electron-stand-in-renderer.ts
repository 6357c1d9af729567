// The renderer's half of the electron stand-in: a page's contextBridge and ipcRenderer, talking to the main stand-in as its window's frame.
import { ipcMain } from './electron-stand-in.ts'

type ContextBridgeStandIn = Pick<Electron.ContextBridge, 'exposeInMainWorld'>
type IpcRendererStandIn = Pick<Electron.IpcRenderer, 'invoke' | 'on' | 'removeListener'>
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Electron's own listener type takes any
type IpcListener = (event: Electron.IpcRendererEvent, ...args: any[]) => void

/** The window a page lives in, as the main stand-in's BrowserWindow has it. */
export interface PageWindow {
  webContents: { getURL(): string; send(channel: string, ...args: unknown[]): void }
}

/** One page's electron: what its preload may require, and what the preload exposed. */
export interface RendererPage {
  contextBridge: ContextBridgeStandIn
  ipcRenderer: IpcRendererStandIn
  /** What exposeInMainWorld received, by key, as the page's main world sees it. */
  exposed: Map<string, unknown>
}

const INVOKE_ERROR = 'Error invoking remote method'

/** A value as it arrives across contextBridge: functions proxied, promises followed, the rest copied. */
function acrossBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => acrossBridge(value(...args.map(acrossBridge)))
  }
  if (value instanceof Promise) return value.then(acrossBridge)
  if (Array.isArray(value)) return value.map(acrossBridge)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, acrossBridge(item)]))
  }
  return value
}

/**
 * The page shown in `window`. Like Electron: invoke runs main's handler for the frame's current
 * URL with structured-cloned arguments and result, a rejection reads "Error invoking remote
 * method '<channel>': <error>", and what main sends the window reaches `on` listeners later,
 * cloned.
 */
export function openRendererPage(window: PageWindow): RendererPage {
  const listeners = new Map<string, Set<IpcListener>>()
  const exposed = new Map<string, unknown>()
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const senderUrl = window.webContents.getURL()
      try {
        return structuredClone(await ipcMain.invoke(channel, senderUrl, ...structuredClone(args)))
      } catch (error) {
        if (error instanceof Error && error.message.startsWith(INVOKE_ERROR)) throw error
        // eslint-disable-next-line preserve-caught-error -- only the text crosses from main, as in Electron
        throw new Error(`${INVOKE_ERROR} '${channel}': ${String(error)}`)
      }
    },
    on(channel: string, listener: IpcListener) {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
      return ipcRenderer
    },
    removeListener(channel: string, listener: IpcListener) {
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    },
  } as IpcRendererStandIn
  const send = window.webContents.send.bind(window.webContents)
  window.webContents.send = (channel, ...args) => {
    send(channel, ...args)
    const cloned = structuredClone(args)
    const event = { sender: ipcRenderer, ports: [] } as unknown as Electron.IpcRendererEvent
    queueMicrotask(() => listeners.get(channel)?.forEach((listener) => listener(event, ...cloned)))
  }
  const contextBridge: ContextBridgeStandIn = {
    exposeInMainWorld(apiKey, api) {
      if (exposed.has(apiKey)) {
        throw new Error('Cannot bind an API on top of an existing property on the window object')
      }
      exposed.set(apiKey, acrossBridge(api))
    },
  }
  pages.push({ contextBridge, ipcRenderer, exposed })
  return { contextBridge, ipcRenderer, exposed }
}

const pages: RendererPage[] = []
/** The page opened last: the module-level pair below acts for it, as a renderer's own `electron` would. */
const currentPage = (): RendererPage => {
  const page = pages.at(-1)
  if (!page) throw new Error('No renderer page: call openRendererPage(window) first')
  return page
}

/** contextBridge of the page opened last. */
export const contextBridge: ContextBridgeStandIn = {
  exposeInMainWorld: (apiKey, api) => currentPage().contextBridge.exposeInMainWorld(apiKey, api),
}

/** ipcRenderer of the page opened last. */
export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]) =>
    currentPage().ipcRenderer.invoke(channel, ...args),
  on(channel: string, listener: IpcListener) {
    currentPage().ipcRenderer.on(channel, listener)
    return ipcRenderer
  },
  removeListener(channel: string, listener: IpcListener) {
    currentPage().ipcRenderer.removeListener(channel, listener)
    return ipcRenderer
  },
} as IpcRendererStandIn
