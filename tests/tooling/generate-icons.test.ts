// The committed icons are exactly what `npm run icons` renders from the SVG sources, at the sizes each platform wants.
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TRAY_GLYPHS, recolour, renderIcons } from '../../scripts/generate-icons'

const RESOURCES = resolve(import.meta.dirname, '../../resources')
const rendered = renderIcons(RESOURCES)

/** Width and height from a PNG's IHDR chunk. */
const sizeOf = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)]

describe('the committed icons', () => {
  it('are reproduced byte for byte from their sources', () => {
    const differing = rendered
      .filter((file) => !readFileSync(join(RESOURCES, file.path)).equals(file.png))
      .map((file) => file.path)
    expect(differing, 'run `npm run icons` and commit the result').toEqual([])
  })

  it('are all made by the script, with no stale image left behind', () => {
    const committed = readdirSync(join(RESOURCES, 'icons'))
      .filter((name) => name.endsWith('.png'))
      .map((name) => `icons/${name}`)
    const made = rendered.map((file) => file.path).filter((path) => path.startsWith('icons/'))
    expect(committed.sort()).toEqual(made.sort())
  })

  it('come at 16 and 32 px for macOS templates, 16, 24 and 32 px for panels, 512 px for the app', () => {
    const sizes = Object.fromEntries(rendered.map((file) => [file.path, sizeOf(file.png)]))
    for (const glyph of TRAY_GLYPHS) {
      expect(sizes[`icons/tray-${glyph}Template.png`]).toEqual([16, 16])
      expect(sizes[`icons/tray-${glyph}Template@2x.png`]).toEqual([32, 32])
      for (const shade of ['light', 'dark']) {
        expect(sizes[`icons/tray-${glyph}-${shade}.png`]).toEqual([16, 16])
        expect(sizes[`icons/tray-${glyph}-${shade}@1.5x.png`]).toEqual([24, 24])
        expect(sizes[`icons/tray-${glyph}-${shade}@2x.png`]).toEqual([32, 32])
      }
    }
    expect(sizes['icon.png']).toEqual([512, 512])
  })
})

describe('recolouring a glyph', () => {
  const colours = (svg: string) => new Set(svg.match(/#[0-9A-Fa-f]{3,6}\b/g))
  // Masks draw in pure white and black; they cut shapes and are never seen.
  const MASK_COLOURS = ['#fff', '#000']

  it('draws macOS templates in black only (masks keep their white)', () => {
    for (const glyph of TRAY_GLYPHS) {
      const source = readFileSync(join(RESOURCES, 'icons', `tray-${glyph}.svg`), 'utf8')
      const left = [...colours(recolour(source, 'template'))]
      expect(
        left.every((colour) => ['#000000', '#000', '#fff'].includes(colour)),
        glyph,
      ).toBe(true)
    }
  })

  it('gives every light-panel colour a lighter twin for dark panels', () => {
    for (const glyph of TRAY_GLYPHS) {
      const source = readFileSync(join(RESOURCES, 'icons', `tray-${glyph}.svg`), 'utf8')
      const light = colours(source)
      const dark = colours(recolour(source, 'dark'))
      const shared = [...light].filter(
        (colour) => dark.has(colour) && !MASK_COLOURS.includes(colour),
      )
      expect(shared, glyph).toEqual([])
    }
  })
})
