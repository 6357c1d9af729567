/** Keeps macOS's App Nap from delaying a due prompt: a power-save blocker held only while one is due. */
import { powerSaveBlocker } from 'electron'

/** The guard: told at every re-plan whether a prompt is due soon. */
export interface AppNapGuard {
  /** Holds the blocker while `promptDue`, releases it otherwise; does nothing outside macOS. */
  update(promptDue: boolean): void
  /** Lets the blocker go, as when Sundown stops. */
  dispose(): void
}

/**
 * A windowless menu-bar app is what App Nap throttles: its timers may fire minutes late. Electron's
 * 'prevent-app-suspension' blocker stops that, but on macOS it also keeps the Mac from idle sleep
 * (electron#30859), so it is held only from shortly before the day's prompts until they are settled.
 * Windows and Linux have no App Nap, so nothing is held there.
 */
export function createAppNapGuard(platform: NodeJS.Platform): AppNapGuard {
  let blockerId: number | null = null
  const release = (): void => {
    if (blockerId !== null) powerSaveBlocker.stop(blockerId)
    blockerId = null
  }
  return {
    update(promptDue) {
      if (platform !== 'darwin') return
      const holding = blockerId !== null && powerSaveBlocker.isStarted(blockerId)
      if (promptDue && !holding) blockerId = powerSaveBlocker.start('prevent-app-suspension')
      if (!promptDue) release()
    },
    dispose: release,
  }
}
