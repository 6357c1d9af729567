/** Windows' shutdown and log-off: told to windows as 'session-end', never to the app as 'before-quit'. */
import { app, BrowserWindow, type WindowSessionEndEvent } from 'electron'
import type { AwayReason } from '../core'

/** Why the session ends, as an absence: only an app-closing request (an installer, a restart manager) is a quit. */
export function awayReasonOf(
  reasons: readonly WindowSessionEndEvent['reasons'][number][],
): AwayReason {
  return reasons.length > 0 && reasons.every((reason) => reason === 'close-app')
    ? 'quit'
    : 'shutdown'
}

/**
 * Calls `onEnd` once when Windows ends the session (shutdown, restart, log-off), before the process
 * is killed. Every window hears it, hidden ones too (the popover is kept hidden all run long), so
 * each is listened to and the first to hear it answers. Nothing happens on other platforms, where
 * powerMonitor's 'shutdown' and app's 'before-quit' already say so. Returns the way to stop listening.
 */
export function onWindowsSessionEnd(
  platform: NodeJS.Platform,
  onEnd: (reason: AwayReason) => void,
): () => void {
  if (platform !== 'win32') return () => undefined
  let ended = false
  const heard = new Map<BrowserWindow, (event: WindowSessionEndEvent) => void>()
  const listen = (window: BrowserWindow): void => {
    const listener = (event: WindowSessionEndEvent) => {
      if (ended) return
      ended = true
      onEnd(awayReasonOf(event.reasons ?? []))
    }
    window.on('session-end', listener)
    heard.set(window, listener)
  }
  const created = (_event: Electron.Event, window: BrowserWindow) => listen(window)
  for (const window of BrowserWindow.getAllWindows()) listen(window)
  app.on('browser-window-created', created)
  return () => {
    app.removeListener('browser-window-created', created)
    for (const [window, listener] of heard) {
      if (!window.isDestroyed()) window.removeListener('session-end', listener)
    }
    heard.clear()
  }
}
