/** The global keyboard shortcut that opens the popover, for desktops without a tray and keyboard people. */
import { globalShortcut } from 'electron'
import { DEFAULT_SETTINGS, type SettingsProblem } from '../core'

/** The shortcut as the settings drive it. */
export interface GlobalShortcut {
  /**
   * Registers `accelerator` in place of the current one (an empty string turns the shortcut off).
   * Answers null when it works, else the problem for the settings form; the old shortcut then stays.
   */
  apply(accelerator?: string): SettingsProblem | null
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
  /** The last working shortcut back, when the new one could not be had. */
  const restore = (previous: string | null): void => {
    if (previous !== null && globalShortcut.register(previous, onPressed)) current = previous
  }
  return {
    apply(accelerator = DEFAULT_SETTINGS.shortcut) {
      const wanted = accelerator.trim()
      if (wanted === current) return null
      if (wanted === '') {
        release()
        return null
      }
      // Let the old keys go first: the same keys spelt anew (Control for CommandOrControl) would
      // otherwise count as taken, by Sundown itself.
      const previous = current
      release()
      let registered: boolean
      try {
        registered = globalShortcut.register(wanted, onPressed)
      } catch {
        // Electron throws on an accelerator it cannot parse; the settings schema should have caught it.
        restore(previous)
        return { code: 'shortcut-refused', shortcut: wanted }
      }
      // Electron answers false when another app or the system holds the keys (or a portal refuses).
      if (!registered) {
        restore(previous)
        return { code: 'shortcut-taken', shortcut: wanted }
      }
      current = wanted
      return null
    },
    current: () => current,
    dispose: release,
  }
}
