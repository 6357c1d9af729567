/** Renders the tray and app icons from their SVG sources into the committed PNGs, byte for byte the same on every run. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'

/** The tray states that each have a glyph, in the order the day passes through them. */
export const TRAY_GLYPHS = ['working', 'wind-down', 'past-end', 'done', 'day-off'] as const

/** How a glyph is coloured: black for macOS templates, or for a light or a dark panel. */
export type GlyphVariant = 'template' | 'light' | 'dark'

/** One file the script writes, relative to the resources folder. */
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

/** Every icon file, rendered in memory from the sources under `resourcesDir/icons`. */
export function renderIcons(resourcesDir: string): IconFile[] {
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
  files.push({ path: 'icon.png', png: render(appIcon, APP_ICON_SIZE_PX) })
  return files
}

if (import.meta.main) {
  const resourcesDir = resolve(import.meta.dirname, '../resources')
  const files = renderIcons(resourcesDir)
  for (const file of files) writeFileSync(join(resourcesDir, file.path), file.png)
  console.log(`Wrote ${files.length} icons under ${resourcesDir}`)
}
