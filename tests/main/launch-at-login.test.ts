// Launch at login: the login item on macOS and Windows, an XDG autostart file on Linux in a temporary home.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  autostartFilePath,
  desktopExecArgument,
  setLaunchAtLogin,
  type LaunchAtLoginContext,
} from '../../src/main/launch-at-login'

function linux(env: NodeJS.ProcessEnv = {}) {
  const homeDir = mkdtempSync(join(tmpdir(), 'sundown-home-'))
  const context: LaunchAtLoginContext = {
    platform: 'linux',
    app: { setLoginItemSettings: vi.fn() },
    env,
    homeDir,
    execPath: '/opt/Sundown/sundown',
  }
  const entry = join(homeDir, '.config', 'autostart', 'app.sundown.Sundown.desktop')
  return { context, homeDir, entry }
}

describe('on Linux', () => {
  it('writes an autostart entry that starts Sundown', () => {
    const { context, entry } = linux()
    setLaunchAtLogin(true, context)
    const text = readFileSync(entry, 'utf8')
    expect(text.split('\n')[0]).toBe('[Desktop Entry]')
    expect(text).toContain('Type=Application\n')
    expect(text).toContain('Name=Sundown\n')
    expect(text).toContain('Exec="/opt/Sundown/sundown"\n')
    expect(context.app.setLoginItemSettings).not.toHaveBeenCalled()
  })

  it('starts the AppImage itself, not its temporary mount', () => {
    const { context, entry } = linux({ APPIMAGE: '/home/me/Apps/Sundown-0.1.0.AppImage' })
    setLaunchAtLogin(true, { ...context, execPath: '/tmp/.mount_SundowXYZ/sundown' })
    expect(readFileSync(entry, 'utf8')).toContain('Exec="/home/me/Apps/Sundown-0.1.0.AppImage"\n')
  })

  it('respects XDG_CONFIG_HOME, and ignores a relative one as the spec says', () => {
    const configHome = mkdtempSync(join(tmpdir(), 'sundown-xdg-'))
    const { context } = linux({ XDG_CONFIG_HOME: configHome })
    setLaunchAtLogin(true, context)
    expect(existsSync(join(configHome, 'autostart', 'app.sundown.Sundown.desktop'))).toBe(true)
    expect(autostartFilePath({ XDG_CONFIG_HOME: 'relative/config' }, '/home/me')).toBe(
      join('/home/me', '.config', 'autostart', 'app.sundown.Sundown.desktop'),
    )
  })

  it('removes the entry when turned off, and does not mind when there is none', () => {
    const { context, entry } = linux()
    setLaunchAtLogin(true, context)
    setLaunchAtLogin(false, context)
    expect(existsSync(entry)).toBe(false)
    expect(() => setLaunchAtLogin(false, context)).not.toThrow()
  })

  it('replaces an old entry whole and leaves no temporary file behind', () => {
    const { context, entry } = linux()
    setLaunchAtLogin(true, context)
    setLaunchAtLogin(true, { ...context, execPath: '/usr/lib/sundown/sundown' })
    expect(readFileSync(entry, 'utf8')).toContain('Exec="/usr/lib/sundown/sundown"\n')
    expect(readdirSync(join(entry, '..'))).toEqual(['app.sundown.Sundown.desktop'])
  })

  it('takes over the entry earlier versions wrote as sundown.desktop, so Sundown starts once', () => {
    const { context, entry } = linux()
    const earlier = join(entry, '..', 'sundown.desktop')
    mkdirSync(join(entry, '..'), { recursive: true })
    writeFileSync(earlier, '[Desktop Entry]\nExec=/opt/Sundown/sundown\n')
    setLaunchAtLogin(true, context)
    expect(readdirSync(join(entry, '..'))).toEqual(['app.sundown.Sundown.desktop'])
    writeFileSync(earlier, '[Desktop Entry]\nExec=/opt/Sundown/sundown\n')
    setLaunchAtLogin(false, context)
    expect(readdirSync(join(entry, '..'))).toEqual([])
  })

  it('quotes an awkward install path the way the Desktop Entry spec asks', () => {
    expect(desktopExecArgument('/home/me/My Apps/sundown')).toBe('"/home/me/My Apps/sundown"')
    expect(desktopExecArgument('/opt/a"b$c`d/100%')).toBe('"/opt/a\\\\"b\\\\$c\\\\`d/100%%"')
    expect(desktopExecArgument('/opt/back\\slash')).toBe('"/opt/back\\\\\\\\slash"')
  })
})

describe('on macOS and Windows', () => {
  it('sets the login item and writes no file', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { context, homeDir } = linux()
      setLaunchAtLogin(true, { ...context, platform })
      setLaunchAtLogin(false, { ...context, platform })
      expect(vi.mocked(context.app.setLoginItemSettings).mock.calls).toEqual([
        [{ openAtLogin: true }],
        [{ openAtLogin: false }],
      ])
      expect(readdirSync(homeDir)).toEqual([])
    }
  })
})
