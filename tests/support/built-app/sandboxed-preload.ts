// Runs a built preload as a sandboxed renderer does: CommonJS in a fresh context, no Node, a require that knows only 'electron'.
import { readFileSync } from 'node:fs'
import { compileFunction, createContext } from 'node:vm'
import type { PreloadReach } from './protocol.ts'

/** The renderer's `electron` as a sandboxed preload may require it. */
export interface RendererElectron {
  contextBridge: Pick<Electron.ContextBridge, 'exposeInMainWorld'>
  ipcRenderer: Pick<Electron.IpcRenderer, 'invoke' | 'on' | 'removeListener'>
}

/**
 * Runs the preload file against `electron`. The context has only JavaScript's own globals: a
 * preload that reached for `process`, `Buffer`, `setTimeout` or any other module fails here, as
 * it would in a sandbox (where only a few polyfills exist; Sundown's preload needs none).
 */
export function runSandboxedPreload(file: string, electron: RendererElectron): void {
  const source = readFileSync(file, 'utf8')
  const context = createContext({})
  const run = compileFunction(source, ['exports', 'require', 'module'], {
    filename: file,
    parsingContext: context,
  })
  const module = { exports: {} }
  const require = (id: string): unknown => {
    if (id === 'electron') return electron
    throw new Error(`module not found: ${id} (a sandboxed preload can only require 'electron')`)
  }
  run(module.exports, require, module)
}

/**
 * What the preload can call: it runs against an electron that only records, and every function
 * it exposes is called once (with a no-op listener, and what it returns called too, so an
 * unsubscribe is seen). Nothing reaches main.
 */
export function reachOfPreload(file: string): PreloadReach {
  const invokes = new Set<string>()
  const listens = new Set<string>()
  const exposed = new Map<string, unknown>()
  const ipcRenderer = {
    invoke: (channel: string) => (invokes.add(channel), Promise.resolve()),
    on: (channel: string) => (listens.add(channel), ipcRenderer),
    removeListener: () => ipcRenderer,
  } as unknown as RendererElectron['ipcRenderer']
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api),
  }
  const reach = (error: string | null): PreloadReach => ({
    file,
    exposedKeys: [...exposed.keys()],
    invokes: [...invokes],
    listens: [...listens],
    error,
  })
  try {
    runSandboxedPreload(file, { contextBridge, ipcRenderer })
    for (const api of exposed.values()) {
      for (const member of Object.values(api as Record<string, unknown>)) {
        if (typeof member !== 'function') continue
        const returned: unknown = member(() => undefined)
        if (typeof returned === 'function') returned()
      }
    }
    return reach(null)
  } catch (error) {
    return reach(String(error))
  }
}
