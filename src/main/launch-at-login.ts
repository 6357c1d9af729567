/** Launch at login: the login item on macOS and Windows, an XDG autostart entry on Linux. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import type { App } from 'electron'

/** Everything the login item depends on, passed in so tests can use a temporary home. */
export interface LaunchAtLoginContext {
  platform: NodeJS.Platform
  app: Pick<App, 'setLoginItemSettings'>
  env: NodeJS.ProcessEnv
  homeDir: string
  /** The running executable; replaced by the AppImage's own path when running as one. */
  execPath: string
}

/** The autostart entry's name: the app's desktop id, as package.json's desktopName gives it. */
const AUTOSTART_FILE = 'app.sundown.Sundown.desktop'
/** The name earlier versions wrote; left behind, it would start Sundown twice at login. */
const EARLIER_AUTOSTART_FILE = 'sundown.desktop'

const autostartFolder = (env: NodeJS.ProcessEnv, homeDir: string): string => {
  const configured = env['XDG_CONFIG_HOME']
  const configHome = configured && isAbsolute(configured) ? configured : join(homeDir, '.config')
  return join(configHome, 'autostart')
}

/** `$XDG_CONFIG_HOME/autostart/app.sundown.Sundown.desktop`; `~/.config` when the variable is unset or relative. */
export function autostartFilePath(env: NodeJS.ProcessEnv, homeDir: string): string {
  return join(autostartFolder(env, homeDir), AUTOSTART_FILE)
}

/** A path as one quoted Exec argument, escaped per the Desktop Entry spec: quoting, string escapes, `%`. */
export function desktopExecArgument(path: string): string {
  const quoted = `"${path.replace(/[\\"`$]/g, (character) => `\\${character}`)}"`
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%')
}

/** The autostart entry that starts Sundown from `execPath`. */
export function autostartDesktopEntry(execPath: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Sundown',
    'Comment=A calm end-of-work-day companion',
    `Exec=${desktopExecArgument(execPath)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** Writes beside the target and renames over it, so a crash never leaves half an entry. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text, { mode: 0o644 })
  renameSync(temporary, path)
}

/** Turns launching at login on or off; file system errors on Linux are thrown for the caller to report. */
export function setLaunchAtLogin(enabled: boolean, context: LaunchAtLoginContext): void {
  if (context.platform === 'darwin' || context.platform === 'win32') {
    context.app.setLoginItemSettings({ openAtLogin: enabled })
    return
  }
  if (context.platform !== 'linux') return
  const path = autostartFilePath(context.env, context.homeDir)
  rmSync(join(autostartFolder(context.env, context.homeDir), EARLIER_AUTOSTART_FILE), {
    force: true,
  })
  if (!enabled) {
    rmSync(path, { force: true })
    return
  }
  // An AppImage's execPath is inside a mount that disappears on exit; $APPIMAGE is the file itself.
  const executable = context.env['APPIMAGE'] || context.execPath
  writeAtomically(path, autostartDesktopEntry(executable))
}
