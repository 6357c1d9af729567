/** Renders the tray and app icons (PNGs, the macOS .icns, the Windows .ico) from their SVG sources, byte for byte the same on every run. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { Icns, IcnsImage, type OSType } from '@fiahfy/icns'
import { Resvg } from '@resvg/resvg-js'
import pngToIco from 'png-to-ico'

/** The tray states that each have a glyph, in the order the day passes through them. */
export const TRAY_GLYPHS = ['working', 'wind-down', 'past-end', 'done', 'day-off'] as const

/** How a glyph is coloured: black for macOS templates, or for a light or a dark panel. */
export type GlyphVariant = 'template' | 'light' | 'dark'

/** One file the script writes, relative to the resources folder (a PNG, or the .ico or .icns container). */
export interface IconFile {
  path: string
  png: Buffer
}

// The SVG sources are drawn in the light-panel palette; each colour has a lighter twin for dark panels.
const DARK_PANEL_COLOURS: Record<string, string> = {
  '#F08C00': '#FFD43B',
  '#E8590C': '#FF922B',
  '#C92A2A': '#FF8787',
  '#495057': '#DEE2E6',
  '#5F3DC4': '#B197FC',
  '#2F9E44': '#8CE99A',
}

// Electron's nativeImage picks these scale suffixes up by itself, so one path serves every DPI.
const TEMPLATE_SIZES_PX: [suffix: string, sizePx: number][] = [
  ['', 16],
  ['@2x', 32],
]
const PANEL_SIZES_PX: [suffix: string, sizePx: number][] = [
  ['', 16],
  ['@1.5x', 24],
  ['@2x', 32],
]
const APP_ICON_SIZE_PX = 512

/** The Linux app icon set, `icons/app/<size>.png`: the hicolor theme sizes up to 512 px. */
export const LINUX_APP_ICON_SIZES_PX = [16, 24, 32, 48, 64, 128, 256, 512] as const

/** The Windows .ico sizes: the shell's small and large icons up to the 256 px tile. */
export const ICO_SIZES_PX = [16, 24, 32, 48, 64, 128, 256] as const

/** The macOS .icns entries as `iconutil` writes them: PNGs at 1x and 2x from 16 to 512 pt. */
export const ICNS_ENTRIES: [type: OSType, sizePx: number][] = [
  ['icp4', 16],
  ['ic11', 32],
  ['icp5', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
]

/** The source recoloured for a variant; mask colours are not in the palette, so masks stay intact. */
export function recolour(svg: string, variant: GlyphVariant): string {
  if (variant === 'light') return svg
  return Object.entries(DARK_PANEL_COLOURS).reduce(
    (text, [light, dark]) => text.replaceAll(light, variant === 'template' ? '#000000' : dark),
    svg,
  )
}

/** Rasterises an SVG at a square size; system fonts stay unloaded because no icon has text. */
function render(svg: string, sizePx: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: sizePx },
    font: { loadSystemFonts: false },
  })
  return resvg.render().asPng()
}

/** The app icon's files: the 512 px PNG, the Linux set, the .ico and the .icns, each size rendered from the SVG. */
async function renderAppIcons(svg: string): Promise<IconFile[]> {
  const sizes = new Set<number>([
    ...LINUX_APP_ICON_SIZES_PX,
    ...ICO_SIZES_PX,
    ...ICNS_ENTRIES.map(([, sizePx]) => sizePx),
  ])
  const pngs = new Map([...sizes].map((sizePx) => [sizePx, render(svg, sizePx)]))
  const png = (sizePx: number): Buffer => pngs.get(sizePx) as Buffer
  const icns = new Icns()
  for (const [type, sizePx] of ICNS_ENTRIES) icns.append(IcnsImage.fromPNG(png(sizePx), type))
  return [
    { path: 'icon.png', png: png(APP_ICON_SIZE_PX) },
    ...LINUX_APP_ICON_SIZES_PX.map((sizePx) => ({
      path: `icons/app/${sizePx}.png`,
      png: png(sizePx),
    })),
    { path: 'icon.ico', png: await pngToIco(ICO_SIZES_PX.map(png)) },
    { path: 'icon.icns', png: icns.data },
  ]
}

/** Every icon file, rendered in memory from the sources under `resourcesDir/icons`. */
export async function renderIcons(resourcesDir: string): Promise<IconFile[]> {
  const files: IconFile[] = []
  for (const glyph of TRAY_GLYPHS) {
    const source = readFileSync(join(resourcesDir, 'icons', `tray-${glyph}.svg`), 'utf8')
    for (const [suffix, sizePx] of TEMPLATE_SIZES_PX) {
      files.push({
        path: `icons/tray-${glyph}Template${suffix}.png`,
        png: render(recolour(source, 'template'), sizePx),
      })
    }
    for (const variant of ['light', 'dark'] as const) {
      for (const [suffix, sizePx] of PANEL_SIZES_PX) {
        files.push({
          path: `icons/tray-${glyph}-${variant}${suffix}.png`,
          png: render(recolour(source, variant), sizePx),
        })
      }
    }
  }
  const appIcon = readFileSync(join(resourcesDir, 'icons', 'icon.svg'), 'utf8')
  return [...files, ...(await renderAppIcons(appIcon))]
}

if (import.meta.main) {
  const resourcesDir = resolve(import.meta.dirname, '../resources')
  const files = await renderIcons(resourcesDir)
  for (const file of files) {
    mkdirSync(dirname(join(resourcesDir, file.path)), { recursive: true })
    writeFileSync(join(resourcesDir, file.path), file.png)
  }
  console.log(`Wrote ${files.length} icons under ${resourcesDir}`)
}
