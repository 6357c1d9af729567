/** Tells main when this page's time zone changes: Chromium follows the OS zone, Electron's main process does not. */
import type { SundownApi } from '../../shared/ipc-contract'

// A hidden page's timers are throttled to about once a minute anyway; travel is not urgent to the second.
const CHECK_EVERY_MS = 60_000

/** The zone this page's Chromium lives in now. */
const pageZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * Watches the page's zone from the moment of loading and reports each change once (only changes:
 * a page whose Chromium never hears of the change stays silent rather than contradicting the OS).
 * Checks once a minute, when the window is focused or shown, and on `timezonechange` where
 * Chromium fires it. Meant for the popover, whose page is loaded at start and kept all day.
 * Returns a function that stops watching.
 */
export function startZoneReports(
  api: Pick<SundownApi, 'reportZone'>,
  readZone: () => string = pageZone,
): () => void {
  let known = readZone()
  const check = () => {
    const zone = readZone()
    if (zone === known) return
    known = zone
    // Main refuses a zone it does not know (Chromium can say Etc/Unknown); there is nothing to do then.
    api.reportZone({ zone }).catch(() => undefined)
  }
  const timer = setInterval(check, CHECK_EVERY_MS)
  window.addEventListener('focus', check)
  window.addEventListener('timezonechange', check)
  document.addEventListener('visibilitychange', check)
  return () => {
    clearInterval(timer)
    window.removeEventListener('focus', check)
    window.removeEventListener('timezonechange', check)
    document.removeEventListener('visibilitychange', check)
  }
}
