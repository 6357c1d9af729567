// The committed icons are exactly what `npm run icons` renders from the SVG sources, at the sizes each platform wants.
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ICNS_ENTRIES,
  ICO_SIZES_PX,
  LINUX_APP_ICON_SIZES_PX,
  TRAY_GLYPHS,
  recolour,
  renderIcons,
} from '../../scripts/generate-icons'

const RESOURCES = resolve(import.meta.dirname, '../../resources')
const rendered = await renderIcons(RESOURCES)
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

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
    const committed = ['icons', 'icons/app'].flatMap((folder) =>
      readdirSync(join(RESOURCES, folder))
        .filter((name) => name.endsWith('.png'))
        .map((name) => `${folder}/${name}`),
    )
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

  it('include the Linux app icon set, one <size>.png per hicolor size from 16 to 512 px', () => {
    const sizes = Object.fromEntries(rendered.map((file) => [file.path, sizeOf(file.png)]))
    expect(LINUX_APP_ICON_SIZES_PX[0]).toBe(16)
    expect(LINUX_APP_ICON_SIZES_PX.at(-1)).toBe(512)
    for (const sizePx of LINUX_APP_ICON_SIZES_PX) {
      expect(sizes[`icons/app/${sizePx}.png`], `${sizePx}`).toEqual([sizePx, sizePx])
    }
  })
})

describe('the Windows icon, resources/icon.ico', () => {
  const ico = readFileSync(join(RESOURCES, 'icon.ico'))
  const count = ico.readUInt16LE(4)
  const entries = Array.from({ length: count }, (_, index) => {
    const at = 6 + index * 16
    return {
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bitsPerPixel: ico.readUInt16LE(at + 6),
      bytes: ico.readUInt32LE(at + 8),
      offset: ico.readUInt32LE(at + 12),
    }
  })

  it('has an icon header and one entry per size from 16 to 256 px', () => {
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    expect(entries.map((entry) => [entry.width, entry.height])).toEqual(
      ICO_SIZES_PX.map((sizePx) => [sizePx, sizePx]),
    )
    expect(entries.every((entry) => entry.bitsPerPixel === 32)).toBe(true)
  })

  it('holds a 32-bit bitmap of the stated size in each entry, the entries tiling the file', () => {
    let next = 6 + 16 * count
    for (const entry of entries) {
      expect(entry.offset).toBe(next)
      expect(ico.readUInt32LE(entry.offset)).toBe(40)
      expect(ico.readInt32LE(entry.offset + 4)).toBe(entry.width)
      expect(ico.readInt32LE(entry.offset + 8)).toBe(entry.height * 2)
      next += entry.bytes
    }
    expect(next).toBe(ico.length)
  })
})

describe('the macOS icon, resources/icon.icns', () => {
  const icns = readFileSync(join(RESOURCES, 'icon.icns'))
  const entries: { type: string; data: Buffer }[] = []
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4)
    entries.push({
      type: icns.toString('ascii', at, at + 4),
      data: icns.subarray(at + 8, at + length),
    })
    at += length
  }

  it('has the icns magic and its own length in the header', () => {
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
  })

  it('holds a PNG of the right size for every entry from 16 pt to 512 pt @2x', () => {
    expect(entries.map((entry) => entry.type)).toEqual(ICNS_ENTRIES.map(([type]) => type))
    for (const [index, [type, sizePx]] of ICNS_ENTRIES.entries()) {
      const data = entries[index]?.data ?? Buffer.alloc(0)
      expect(data.subarray(0, 8).equals(PNG_SIGNATURE), type).toBe(true)
      expect(sizeOf(data), type).toEqual([sizePx, sizePx])
    }
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
