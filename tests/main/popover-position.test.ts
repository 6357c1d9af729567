// The popover opens against the tray icon wherever the panel is, and never off the screen.
import { describe, expect, it } from 'vitest'
import { popoverPosition, type ScreenRect } from '../../src/main/popover-position'

const POPOVER = { width: 360, height: 480 }
const rect = (x: number, y: number, width: number, height: number): ScreenRect => ({
  x,
  y,
  width,
  height,
})

describe('a menu bar or panel at the top', () => {
  const macWorkArea = rect(0, 25, 1440, 875)

  it('opens under the macOS menu bar icon, centred on it', () => {
    const position = popoverPosition({
      trayBounds: rect(1200, 0, 24, 24),
      windowSize: POPOVER,
      workArea: macWorkArea,
      platform: 'darwin',
    })
    expect(position).toEqual({ x: 1032, y: 28 })
  })

  it('slides left to stay on screen when the icon is near the right edge', () => {
    const position = popoverPosition({
      trayBounds: rect(1410, 0, 24, 24),
      windowSize: POPOVER,
      workArea: macWorkArea,
      platform: 'darwin',
    })
    expect(position).toEqual({ x: 1080, y: 28 })
  })

  it('opens under a GNOME top panel icon, never over the panel', () => {
    const position = popoverPosition({
      trayBounds: rect(1700, 0, 24, 24),
      windowSize: POPOVER,
      workArea: rect(0, 32, 1920, 1048),
      platform: 'linux',
    })
    expect(position).toEqual({ x: 1532, y: 32 })
  })
})

describe('a taskbar at the bottom, left or right', () => {
  const fullHd = { width: 1920, height: 1080 }

  it('opens above a Windows taskbar icon', () => {
    const position = popoverPosition({
      trayBounds: rect(1700, 1040, 24, 40),
      windowSize: POPOVER,
      workArea: rect(0, 0, fullHd.width, 1040),
      platform: 'win32',
    })
    expect(position).toEqual({ x: 1532, y: 556 })
  })

  it('opens to the right of a left taskbar, kept inside the work area', () => {
    const position = popoverPosition({
      trayBounds: rect(8, 900, 32, 24),
      windowSize: POPOVER,
      workArea: rect(48, 0, 1872, fullHd.height),
      platform: 'win32',
    })
    expect(position).toEqual({ x: 48, y: 600 })
  })

  it('opens to the left of a right taskbar', () => {
    const position = popoverPosition({
      trayBounds: rect(1880, 500, 32, 24),
      windowSize: POPOVER,
      workArea: rect(0, 0, 1872, fullHd.height),
      platform: 'win32',
    })
    expect(position).toEqual({ x: 1512, y: 272 })
  })

  it('opens above an auto-hidden taskbar that leaves the work area the whole screen', () => {
    const position = popoverPosition({
      trayBounds: rect(1700, 1050, 24, 30),
      windowSize: POPOVER,
      workArea: rect(0, 0, fullHd.width, fullHd.height),
      platform: 'win32',
    })
    expect(position).toEqual({ x: 1532, y: 566 })
  })
})

describe('several displays', () => {
  it('stays on a display left of the primary, at negative x', () => {
    const workArea = rect(-1920, 0, 1920, 1040)
    expect(
      popoverPosition({
        trayBounds: rect(-300, 1045, 24, 30),
        windowSize: POPOVER,
        workArea,
        platform: 'win32',
      }),
    ).toEqual({ x: -468, y: 560 })
    expect(
      popoverPosition({
        trayBounds: rect(-1915, 1045, 24, 30),
        windowSize: POPOVER,
        workArea,
        platform: 'win32',
      }),
    ).toEqual({ x: -1920, y: 560 })
  })

  it('stays on a display above the primary, at negative y', () => {
    const position = popoverPosition({
      trayBounds: rect(1800, -36, 24, 32),
      windowSize: POPOVER,
      workArea: rect(0, -1080, 1920, 1040),
      platform: 'win32',
    })
    expect(position).toEqual({ x: 1560, y: -520 })
  })
})

describe('tight spaces and odd numbers', () => {
  it('shows the top-left of a window wider and taller than the work area', () => {
    const position = popoverPosition({
      trayBounds: rect(280, 0, 20, 20),
      windowSize: POPOVER,
      workArea: rect(0, 20, 300, 400),
      platform: 'linux',
    })
    expect(position).toEqual({ x: 0, y: 20 })
  })

  it('answers whole pixels on scaled displays', () => {
    const position = popoverPosition({
      trayBounds: rect(1200.5, 0, 22.25, 24.4),
      windowSize: POPOVER,
      workArea: rect(0, 24.4, 1440, 875.6),
      platform: 'darwin',
    })
    expect(Number.isInteger(position.x) && Number.isInteger(position.y)).toBe(true)
  })
})

describe('a tray that cannot say where its icon is (Linux AppIndicator: 0×0)', () => {
  const emptyBounds = rect(0, 0, 0, 0)
  const gnome = rect(0, 32, 1920, 1048)

  it('opens below the pointer when it is in the top half of the screen', () => {
    const position = popoverPosition({
      trayBounds: emptyBounds,
      windowSize: POPOVER,
      workArea: gnome,
      platform: 'linux',
      cursor: { x: 1800, y: 40 },
    })
    expect(position).toEqual({ x: 1560, y: 44 })
  })

  it('opens above the pointer when it is near a bottom panel', () => {
    const position = popoverPosition({
      trayBounds: emptyBounds,
      windowSize: POPOVER,
      workArea: rect(0, 0, 1920, 1040),
      platform: 'linux',
      cursor: { x: 1000, y: 1060 },
    })
    expect(position).toEqual({ x: 820, y: 560 })
  })

  it('without a pointer, opens in the top-right corner where Linux and macOS trays live', () => {
    const position = popoverPosition({
      trayBounds: emptyBounds,
      windowSize: POPOVER,
      workArea: gnome,
      platform: 'linux',
    })
    expect(position).toEqual({ x: 1556, y: 36 })
  })

  it('without a pointer, opens in the bottom-right corner on Windows', () => {
    const position = popoverPosition({
      trayBounds: emptyBounds,
      windowSize: POPOVER,
      workArea: rect(0, 0, 1920, 1040),
      platform: 'win32',
    })
    expect(position).toEqual({ x: 1556, y: 556 })
  })
})
