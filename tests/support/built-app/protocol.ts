// What the test and the child running the built app say to each other over the fork's IPC channel.

/** How the child starts the bundle; passed as its one argument, in JSON. */
export interface ChildOptions {
  /** The built main entry, e.g. `<app>/out/main/index.js`. */
  mainFile: string
  /** The wall-clock instant the child's fake clock starts at. */
  startAt: number
  platform: NodeJS.Platform
}

/** What the test can ask of the running app. */
export type ChildCommand =
  | { type: 'snapshot' }
  | { type: 'advanceTo'; at: number }
  | { type: 'emitPowerMonitor'; event: string }
  | { type: 'clickTrayItem'; label: string }
  | { type: 'clickLastNotification' }
  | { type: 'call'; view: string; method: string; payload?: unknown }
  /** The next folder or file pickers answer these paths, as if the user chose them. */
  | { type: 'answerOpenDialog'; paths: string[] }

/** A command as sent: numbered, so its reply can find it. */
export type ChildRequest = ChildCommand & { id: number }

/** The reply to a request; `started` is sent once, unasked, when the bundle has loaded (or failed to). */
export type ChildReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { type: 'started' }

/** A window as the app created it. */
export interface WindowSeen {
  url: string
  preload: string | null
  sandbox: unknown
  contextIsolation: unknown
  nodeIntegration: unknown
}

/** A page: its window's preload run in a sandbox, and what it exposed. */
export interface PageSeen {
  view: string | null
  url: string
  exposedKeys: string[]
  /** Why the preload did not run, as Electron would log "Unable to load preload script". */
  error: string | null
  /** Pushes the page's listeners received. */
  pushes: string[]
}

/** What the preload can reach when every function it exposes is called once. */
export interface PreloadReach {
  file: string
  exposedKeys: string[]
  invokes: string[]
  listens: string[]
  error: string | null
}

/** Everything the child saw the built app do. */
export interface BuiltAppSnapshot {
  now: number
  /** The stand-in's userData, where the app keeps its data. */
  userDataDir: string
  singleInstanceLockRequests: number
  secondInstanceListeners: number
  /** electron-store asked this same stand-in's ipcMain for its renderer channel. */
  storeUsesStandIn: boolean
  trays: { imagePath: string | null; tooltip: string }[]
  windows: WindowSeen[]
  pages: PageSeen[]
  preloads: PreloadReach[]
  ipcHandlers: string[]
  notifications: { title: string; body: string }[]
  /** The app called app.quit() or app.exit(). */
  quitRequested: boolean
  /** Dialogs the app showed, error boxes included. */
  dialogs: { kind: string; text: string }[]
  /** Uncaught exceptions, unhandled rejections and a bundle that did not load. */
  errors: string[]
  /** Whatever the app wrote with console.warn or console.error. */
  warnings: string[]
}
