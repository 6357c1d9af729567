// WCAG 2 contrast ratios of CSS colours as Chromium computes them, and a switch between light and dark themes.
import type {} from '@vitest/browser-playwright'
import { cdp } from 'vitest/browser'

type Rgb = [number, number, number]

/** `rgb(…)`, `rgba(…)` or `#rrggbb` as channels 0–255. */
export function parse(color: string): Rgb {
  const hex = /^#([\da-f]{6})$/i.exec(color.trim())
  if (hex) {
    const n = Number.parseInt(hex[1] ?? '0', 16)
    return [n >> 16, (n >> 8) & 255, n & 255]
  }
  const channels = /rgba?\(([^)]+)\)/
    .exec(color)?.[1]
    ?.split(/[\s,/]+/)
    .map(Number)
  if (!channels || channels.length < 3) throw new Error(`Cannot read the colour ${color}`)
  return [channels[0] ?? 0, channels[1] ?? 0, channels[2] ?? 0]
}

/** WCAG 2 relative luminance. */
export const luminance = (rgb: Rgb): number => {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (light + 0.05) / (dark + 0.05)
}

/** Emulates the user's light or dark preference for the whole page. */
export async function theme(scheme: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  })
}
