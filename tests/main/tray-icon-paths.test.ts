// Each platform gets the tray image drawn for it, and every image the tray can ask for is committed.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trayIconPath } from '../../src/main/tray-icon-paths'
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
