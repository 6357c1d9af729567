/** Which display system Electron draws on, and what Sundown must ask of it before the app is ready. */

/** What the session lets Sundown do, decided once at start-up. */
export interface DisplaySession {
  /** Electron draws natively on Wayland here. */
  wayland: boolean
  /**
   * Whether Sundown can place its windows. Wayland gives no client a say: `setPosition` and
   * `center` do nothing, `getCursorScreenPoint` answers (0, 0), so the compositor places the
   * popover (GNOME centres it).
   */
  placesWindows: boolean
  /** Chromium features to enable before `ready`: global shortcuts through the desktop portal on Wayland. */
  enableFeatures: string[]
}

/** What the decision reads: the platform, the session's variables and the command line. */
export interface DisplaySessionSources {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  argv: readonly string[]
}

/**
 * On Wayland, `globalShortcut` works only through the xdg-desktop-portal GlobalShortcuts portal
 * (GNOME 48+, KDE Plasma 5.27+); GNOME also wants the preferred-trigger variant, or `register`
 * answers false there.
 */
export const WAYLAND_FEATURES = ['GlobalShortcutsPortal', 'GlobalShortcutsPortalPreferredTrigger']

/** The value of `--name=value` on the command line, the last one winning as in Chromium. */
const switchValue = (argv: readonly string[], name: string): string | null => {
  const prefix = `--${name}=`
  return argv.findLast((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? null
}

/**
 * How Electron will draw, as Chromium decides it since version 140 (Electron 38): natively on
 * Wayland when the session says so (`XDG_SESSION_TYPE=wayland`, or no session type but a
 * `WAYLAND_DISPLAY`), unless `--ozone-platform` names one. Sundown stays native there rather than
 * forcing XWayland (`--ozone-platform=x11`): XWayland would let it place the popover, but GNOME
 * gives X11 key grabs only to a focused X11 window, so the shortcut, the one way in on a GNOME
 * without a tray, would never fire.
 */
export function displaySessionOf({ platform, env, argv }: DisplaySessionSources): DisplaySession {
  const forced = switchValue(argv, 'ozone-platform')
  const sessionType = env['XDG_SESSION_TYPE'] ?? ''
  const wayland =
    platform === 'linux' &&
    (forced !== null
      ? forced === 'wayland'
      : sessionType === 'wayland' || (sessionType === '' && Boolean(env['WAYLAND_DISPLAY'])))
  return {
    wayland,
    placesWindows: !wayland,
    enableFeatures: wayland ? [...WAYLAND_FEATURES] : [],
  }
}

/**
 * One `--enable-features` value holding what is there already and what is wanted: Chromium reads
 * only the last such switch, so appending a second would drop the first.
 */
export function mergedFeatures(existing: string, wanted: readonly string[]): string {
  const features = existing.split(',').filter((feature) => feature.trim() !== '')
  for (const feature of wanted) if (!features.includes(feature)) features.push(feature)
  return features.join(',')
}
