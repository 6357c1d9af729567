// Each platform gets the tray image drawn for it, and every image the tray can ask for is committed.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trayIconPath, trayPanelIsDark } from '../../src/main/tray-icon-paths'
import type { TrayGlyph } from '../../src/main/tray-state'

const RESOURCES = resolve(import.meta.dirname, '../../resources')
const GLYPHS: TrayGlyph[] = ['working', 'wind-down', 'past-end', 'done', 'day-off']

describe('tray images by platform', () => {
  it('uses black template images on macOS, whatever the menu bar shade', () => {
    expect(trayIconPath('wind-down', 'darwin', false)).toBe('icons/tray-wind-downTemplate.png')
    expect(trayIconPath('wind-down', 'darwin', true)).toBe('icons/tray-wind-downTemplate.png')
  })

  it('uses the coloured image drawn for the panel shade on Windows and Linux', () => {
    expect(trayIconPath('past-end', 'win32', true)).toBe('icons/tray-past-end-dark.png')
    expect(trayIconPath('past-end', 'win32', false)).toBe('icons/tray-past-end-light.png')
    expect(trayIconPath('done', 'linux', true)).toBe('icons/tray-done-dark.png')
  })

  it('finds every image, with its high-DPI siblings, in the committed resources', () => {
    const missing: string[] = []
    for (const glyph of GLYPHS) {
      for (const [platform, dark] of [
        ['darwin', false],
        ['win32', false],
        ['win32', true],
      ] as const) {
        const base = trayIconPath(glyph, platform, dark)
        const scales = platform === 'darwin' ? ['', '@2x'] : ['', '@1.5x', '@2x']
        for (const scale of scales) {
          const path = base.replace(/\.png$/, `${scale}.png`)
          if (!existsSync(join(RESOURCES, path))) missing.push(path)
        }
      }
    }
    expect(missing).toEqual([])
  })
})

describe('the shade of the panel the icon sits on', () => {
  const theme = (apps: boolean, system: boolean) => ({
    shouldUseDarkColors: apps,
    shouldUseDarkColorsForSystemIntegratedUI: system,
  })

  it('reads the taskbar’s theme on Windows, not the apps’', () => {
    expect(trayPanelIsDark({ platform: 'win32', env: {}, theme: theme(false, true) })).toBe(true)
    expect(trayPanelIsDark({ platform: 'win32', env: {}, theme: theme(true, false) })).toBe(false)
  })

  it('takes GNOME’s top bar as dark in every style, from any GNOME-based session', () => {
    for (const desktop of ['GNOME', 'ubuntu:GNOME', 'Budgie:GNOME', 'Unity']) {
      const env = { XDG_CURRENT_DESKTOP: desktop }
      expect(trayPanelIsDark({ platform: 'linux', env, theme: theme(false, false) })).toBe(true)
    }
  })

  it('follows the colour scheme on other Linux desktops', () => {
    const env = { XDG_CURRENT_DESKTOP: 'KDE' }
    expect(trayPanelIsDark({ platform: 'linux', env, theme: theme(false, false) })).toBe(false)
    expect(trayPanelIsDark({ platform: 'linux', env, theme: theme(true, false) })).toBe(true)
  })
})
