/** Sundown lives in the macOS menu bar, so it keeps out of the Dock. */
import type { App } from 'electron'

/** Hides the Dock icon on macOS; other platforms have no Dock. */
export function hideDockIcon(platform: NodeJS.Platform, app: Pick<App, 'dock'>): void {
  if (platform === 'darwin') app.dock?.hide()
}
