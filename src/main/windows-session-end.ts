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
 * powerMonitor's 'shutdown' and app's 'before-quit' already say so.
 */
export function onWindowsSessionEnd(
  platform: NodeJS.Platform,
  onEnd: (reason: AwayReason) => void,
): void {
  if (platform !== 'win32') return
  let ended = false
  const listen = (window: BrowserWindow): void => {
    window.on('session-end', (event) => {
      if (ended) return
      ended = true
      onEnd(awayReasonOf(event.reasons ?? []))
    })
  }
  for (const window of BrowserWindow.getAllWindows()) listen(window)
  app.on('browser-window-created', (_event, window) => listen(window))
}
