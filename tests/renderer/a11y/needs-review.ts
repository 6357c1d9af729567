// Settles what axe leaves "needs review": text contrast over gradients, SVG and overlaps, computed from the styles Chromium applies.
import type axe from 'axe-core'
import { contrast } from '../views/contrast-ratio'

type Rgba = [number, number, number, number]

/** `rgb(…)` or `rgba(…)` as channels 0–255 and alpha 0–1. */
function rgba(color: string): Rgba {
  const parts =
    /rgba?\(([^)]+)\)/
      .exec(color)?.[1]
      ?.split(/[\s,/]+/)
      .map(Number) ?? []
  const [r = 0, g = 0, b = 0, a = 1] = parts
  return [r, g, b, a]
}

const css = ([r, g, b]: Rgba): string => `rgb(${r}, ${g}, ${b})`
const over = (top: Rgba, below: Rgba): Rgba => {
  const a = top[3]
  const mix = (i: 0 | 1 | 2) => top[i] * a + below[i] * (1 - a)
  return [mix(0), mix(1), mix(2), 1]
}
const between = (a: Rgba, b: Rgba, t: number): Rgba =>
  a.map((channel, i) => channel + ((b[i] ?? channel) - channel) * t) as Rgba

/** A layer's colours: a gradient's stops and points between them, or its background colour. */
function layerOf(element: Element): Rgba[] {
  const style = getComputedStyle(element)
  const stops = style.backgroundImage.includes('gradient')
    ? (style.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).map(rgba)
    : []
  if (stops.length === 0) return [rgba(style.backgroundColor)]
  return stops.flatMap((stop, i) => {
    const next = stops[i + 1]
    return next ? [0, 0.25, 0.5, 0.75].map((t) => between(stop, next, t)) : [stop]
  })
}

/** Every colour the element's text may sit on: its and its ancestors' layers, composited. */
export function backgroundsOf(element: Element): Rgba[] {
  const layers: Rgba[][] = []
  for (let node: Element | null = element; node; node = node.parentElement) {
    const layer = layerOf(node).filter((color) => color[3] > 0)
    if (layer.length === 0) continue
    layers.push(layer)
    if (layer.every((color) => color[3] === 1)) break
  }
  let colours: Rgba[] = [[255, 255, 255, 1]]
  for (const layer of layers.reverse()) {
    colours = layer.flatMap((top) => colours.map((below) => over(top, below)))
  }
  return colours
}

/** WCAG's large text: 24px, or 18.66px when bold. */
const isLarge = (style: CSSStyleDeclaration): boolean => {
  const size = Number.parseFloat(style.fontSize)
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
}

/** The lowest contrast of an element's text (or SVG fill) over any of its backgrounds, and the minimum it needs. */
export function textContrastOf(element: Element): { ratio: number; minimum: number } {
  const style = getComputedStyle(element)
  const ink = rgba(element instanceof SVGElement ? style.fill : style.color)
  const ratios = backgroundsOf(element).map((bg) => contrast(css(over(ink, bg)), css(bg)))
  return { ratio: Math.min(...ratios), minimum: isLarge(style) ? 3 : 4.5 }
}

/** Visible words: a control showing only a symbol (‹, ↑) cannot mismatch its label. */
const hasWords = (element: Element): boolean =>
  /[\p{L}\p{N}]/u.test((element as HTMLElement).innerText ?? element.textContent ?? '')

/** Lines describing each "needs review" result that does not hold up, or that nothing here can settle. */
export function unsettled(incomplete: readonly axe.Result[]): string[] {
  const problems: string[] = []
  for (const result of incomplete) {
    for (const node of result.nodes) {
      const selector = node.target.join(' ')
      const element = document.querySelector(String(node.target.at(-1)))
      if (!element) {
        problems.push(`${result.id}: ${selector} could not be found to review`)
      } else if (result.id === 'color-contrast') {
        if (element.closest(':disabled')) continue
        const { ratio, minimum } = textContrastOf(element)
        if (ratio < minimum) {
          problems.push(`color-contrast: ${selector} is ${ratio.toFixed(2)}:1, needs ${minimum}:1`)
        }
      } else if (!(result.id === 'label-content-name-mismatch' && !hasWords(element))) {
        problems.push(`${result.id} needs review: ${selector} — ${result.help}`)
      }
    }
  }
  return problems
}
