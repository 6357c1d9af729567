/** The app's windows, one per view: the popover made once and kept hidden, the others opened on demand. */
import { screen, type BrowserWindow } from 'electron'
import type { ViewName } from '../shared/ipc-contract'
import { popoverPosition, type ScreenRect } from './popover-position'
import { createSecureWindow, type SecureWindowOptions } from './secure-window'

/** Each view's window: the popover is a small frameless panel, the rest are ordinary windows titled in the user's language. */
export const VIEW_WINDOW_OPTIONS: Record<ViewName, SecureWindowOptions> = {
  popover: {
    width: 360,
    height: 480,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
  },
  ritual: { width: 480, height: 600, minWidth: 420, minHeight: 520 },
  month: { width: 900, height: 640, minWidth: 640, minHeight: 480 },
  settings: { width: 720, height: 640, minWidth: 560, minHeight: 480 },
}

// A click on the icon first blurs (so hides) an open popover; a toggle this soon after means "close".
const BLUR_CLICK_WINDOW_MS = 300

/** What the rest of the app can do with the windows. */
export interface ViewWindows {
  /** Opens a view's window (the popover at the tray) and gives it focus. */
  show(view: ViewName): void
  /** Opens the popover against the icon's bounds, or hides it when it is open. */
  togglePopover(trayBounds: ScreenRect): void
  /** Hides the popover (kept for next time); closes any other view's window. */
  hide(view: ViewName): void
  /** Sends a push to every open window, hidden popover included, so it is current when shown. */
  broadcast(channel: string, payload: unknown): void
  /** A view's open window, for the dialogs it asks for: a picker without a parent can open behind it (Windows, Linux). */
  openWindowOf(view: ViewName): BrowserWindow | null
  /** Destroys every window, the kept popover too, as when Sundown stops. */
  dispose(): void
}

interface OpenView {
  window: BrowserWindow
  ready: boolean
  wantVisible: boolean
}

const hasArea = (bounds: ScreenRect): boolean => bounds.width > 0 && bounds.height > 0

/**
 * The view windows, the popover made at once: call when the app is ready.
 * `now` is the clock the blur-then-click guard reads.
 */
export function createViewWindows(options: {
  platform: NodeJS.Platform
  /** False on Wayland, where the compositor places every window and the pointer cannot be read. */
  placesWindows?: boolean
  now?: () => number
  /** A view's window title in the user's language; the page keeps it current once loaded. */
  title: (view: ViewName) => string
}): ViewWindows {
  const now = options.now ?? Date.now
  const open = new Map<ViewName, OpenView>()
  let lastTrayBounds: ScreenRect | null = null
  let popoverHiddenByBlurAt = -Infinity

  const reveal = (entry: OpenView): void => {
    entry.wantVisible = true
    if (!entry.ready) return
    entry.window.show()
    entry.window.focus()
  }

  const hideEntry = (entry: OpenView): void => {
    entry.wantVisible = false
    entry.window.hide()
  }

  const windowFor = (view: ViewName): OpenView => {
    const existing = open.get(view)
    if (existing && !existing.window.isDestroyed()) return existing
    const window = createSecureWindow(view, {
      ...VIEW_WINDOW_OPTIONS[view],
      title: options.title(view),
      show: false,
    })
    const entry: OpenView = { window, ready: false, wantVisible: false }
    open.set(view, entry)
    // Shown only once painted, so no window flashes blank.
    window.once('ready-to-show', () => {
      entry.ready = true
      if (entry.wantVisible) reveal(entry)
    })
    window.on('closed', () => {
      if (open.get(view) === entry) open.delete(view)
    })
    if (view === 'popover') {
      if (options.platform === 'darwin') {
        window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
      }
      window.on('blur', () => {
        popoverHiddenByBlurAt = now()
        hideEntry(entry)
      })
    }
    return entry
  }

  const placePopover = (entry: OpenView, trayBounds: ScreenRect | null, clicked: boolean): void => {
    // Asking anyway would do nothing, or read a (0, 0) pointer and place by it once that changes.
    if (options.placesWindows === false) return
    const cursor = screen.getCursorScreenPoint()
    const display = trayBounds
      ? screen.getDisplayMatching(trayBounds)
      : screen.getDisplayNearestPoint(cursor)
    const { width, height } = entry.window.getBounds()
    const { x, y } = popoverPosition({
      trayBounds: trayBounds ?? { x: 0, y: 0, width: 0, height: 0 },
      windowSize: { width, height },
      workArea: display.workArea,
      platform: options.platform,
      // Only right after a click is the pointer known to be at the icon.
      cursor: clicked ? cursor : undefined,
    })
    entry.window.setPosition(x, y)
  }

  // Made now and kept hidden, so the first click on the icon opens a popover that is already painted.
  windowFor('popover')
  return {
    show(view) {
      const entry = windowFor(view)
      if (view === 'popover') placePopover(entry, lastTrayBounds, false)
      reveal(entry)
    },
    togglePopover(trayBounds) {
      const entry = windowFor('popover')
      if (entry.window.isVisible()) return hideEntry(entry)
      if (now() - popoverHiddenByBlurAt < BLUR_CLICK_WINDOW_MS) return
      if (hasArea(trayBounds)) lastTrayBounds = trayBounds
      placePopover(entry, hasArea(trayBounds) ? trayBounds : null, true)
      reveal(entry)
    },
    hide(view) {
      const entry = open.get(view)
      if (!entry || entry.window.isDestroyed()) return
      if (view === 'popover') hideEntry(entry)
      else entry.window.close()
    },
    broadcast(channel, payload) {
      for (const { window } of open.values()) {
        if (!window.isDestroyed()) window.webContents.send(channel, payload)
      }
    },
    openWindowOf(view) {
      const entry = open.get(view)
      return entry && !entry.window.isDestroyed() ? entry.window : null
    },
    dispose() {
      for (const { window } of open.values()) if (!window.isDestroyed()) window.destroy()
      open.clear()
    },
  }
}
