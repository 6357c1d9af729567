/** The global keyboard shortcut that opens the popover, for desktops without a tray and keyboard people. */
import { globalShortcut } from 'electron'
import { DEFAULT_SETTINGS } from '../core'

/** The shortcut as the settings drive it. */
export interface GlobalShortcut {
  /**
   * Registers `accelerator` in place of the current one (an empty string turns the shortcut off).
   * Answers null when it works, else a message for the settings form; the old shortcut then stays.
   */
  apply(accelerator?: string): string | null
  /** The accelerator registered now, or null. */
  current(): string | null
  /** Lets the shortcut go, as on quit. */
  dispose(): void
}

/** A global shortcut calling `onPressed`; `apply()` with no argument registers the default. */
export function createGlobalShortcut(onPressed: () => void): GlobalShortcut {
  let current: string | null = null
  const release = (): void => {
    if (current !== null) globalShortcut.unregister(current)
    current = null
  }
  return {
    apply(accelerator = DEFAULT_SETTINGS.shortcut) {
      const wanted = accelerator.trim()
      if (wanted === current) return null
      if (wanted === '') {
        release()
        return null
      }
      let registered: boolean
      try {
        registered = globalShortcut.register(wanted, onPressed)
      } catch {
        // Electron throws on an accelerator it cannot parse.
        return `${wanted} is not a shortcut Sundown understands. Try one like CommandOrControl+Alt+Shift+K.`
      }
      // Electron answers false when another app holds the keys (or the desktop, as on Wayland, refuses).
      if (!registered) return `${wanted} could not be registered: another app may be using it.`
      release()
      current = wanted
      return null
    },
    current: () => current,
    dispose: release,
  }
}
