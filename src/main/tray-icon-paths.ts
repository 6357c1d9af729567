/** Which committed tray image shows a glyph on a platform, and which shade of panel it sits on. */
import type { NativeTheme } from 'electron'
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

/** What the panel's shade is read from: the platform, the session's environment and Electron's theme. */
export interface PanelShadeSources {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  theme: Pick<NativeTheme, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI'>
}

/** GNOME's top bar (and Ubuntu's, and Unity's) is dark in the light and the dark style alike. */
const ALWAYS_DARK_TOP_BARS = ['GNOME', 'Unity']

/**
 * Whether the tray's icon sits on a dark panel. Windows: the taskbar follows the system theme,
 * which can differ from the apps' (Windows 10's default is a dark taskbar with light apps). GNOME:
 * the top bar is dark whatever the style. Elsewhere on Linux (KDE, Xfce, …) the panel is taken to
 * follow the desktop's colour scheme, which Electron reads. macOS tints template images itself.
 */
export function trayPanelIsDark({ platform, env, theme }: PanelShadeSources): boolean {
  if (platform === 'win32') return theme.shouldUseDarkColorsForSystemIntegratedUI
  if (platform === 'linux') {
    // A colon-separated list, most specific first, e.g. "ubuntu:GNOME" or "Budgie:GNOME".
    const desktops = (env['XDG_CURRENT_DESKTOP'] ?? '').split(':')
    if (desktops.some((desktop) => ALWAYS_DARK_TOP_BARS.includes(desktop))) return true
  }
  return theme.shouldUseDarkColors
}
