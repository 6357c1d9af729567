// Which display system Sundown runs on decides whether it can place its popover and how its shortcut reaches the desktop.
import { describe, expect, it } from 'vitest'
import { displaySessionOf, mergedFeatures } from '../../src/main/display-session'

const linux = (env: Record<string, string>, argv: string[] = ['/usr/bin/sundown']) =>
  displaySessionOf({ platform: 'linux', env, argv })

describe('GNOME, KDE and the rest on Wayland', () => {
  it('runs natively, lets the compositor place windows and asks for the shortcuts portal', () => {
    expect(linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' })).toEqual({
      wayland: true,
      placesWindows: false,
      enableFeatures: ['GlobalShortcutsPortal', 'GlobalShortcutsPortalPreferredTrigger'],
    })
  })

  it('counts a Wayland display without a session type as Wayland, as Chromium does', () => {
    expect(linux({ WAYLAND_DISPLAY: 'wayland-0' }).wayland).toBe(true)
  })

  it('respects a user who starts it with --ozone-platform=x11 (XWayland)', () => {
    const session = linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }, [
      '/usr/bin/sundown',
      '--ozone-platform=x11',
    ])
    expect(session).toEqual({ wayland: false, placesWindows: true, enableFeatures: [] })
  })
})

describe('X11, macOS and Windows', () => {
  it('places the popover itself and grabs the keys the usual way', () => {
    const placing = { wayland: false, placesWindows: true, enableFeatures: [] }
    expect(linux({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' })).toEqual(placing)
    const wayland = { XDG_SESSION_TYPE: 'wayland' }
    for (const platform of ['darwin', 'win32'] as const) {
      expect(displaySessionOf({ platform, env: wayland, argv: [] })).toEqual(placing)
    }
  })
})

describe('one --enable-features switch, since Chromium reads only the last', () => {
  it('keeps the features already asked for and adds each wanted one once', () => {
    expect(mergedFeatures('', ['GlobalShortcutsPortal'])).toBe('GlobalShortcutsPortal')
    expect(
      mergedFeatures('WebRTCPipeWireCapturer,GlobalShortcutsPortal', [
        'GlobalShortcutsPortal',
        'X',
      ]),
    ).toBe('WebRTCPipeWireCapturer,GlobalShortcutsPortal,X')
  })
})
