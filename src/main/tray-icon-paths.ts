/** Which committed tray image shows a glyph on a platform, as a path under the resources folder. */
import type { TrayGlyph } from './tray-state'

/**
 * The tray image for a glyph: a black template image on macOS (the menu bar tints it for light
 * and dark itself), elsewhere the coloured image drawn for the panel's shade. Electron's
 * nativeImage loads the `@1.5x` and `@2x` siblings of the returned file by itself.
 */
export function trayIconPath(
  glyph: TrayGlyph,
  platform: NodeJS.Platform,
  darkPanel: boolean,
): string {
  if (platform === 'darwin') return `icons/tray-${glyph}Template.png`
  return `icons/tray-${glyph}-${darkPanel ? 'dark' : 'light'}.png`
}
