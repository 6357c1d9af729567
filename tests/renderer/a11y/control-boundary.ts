// WCAG 1.4.11, which axe does not check: a control that draws an edge or a fill draws it at 3:1 against what is behind it.
import { expect } from 'vitest'
import { contrast } from '../views/contrast-ratio'
import { backgroundsOf } from './needs-review'

const CONTROLS = 'button, input:not([type="hidden"]), select, textarea'

/** What draws a control: the scale's radios are hidden behind the dot they sit on. */
const drawnBy = (control: Element): Element | null =>
  control.matches('.scale-option input') ? control.nextElementSibling : control

const opaque = (color: string): boolean => !/rgba\([^)]*,\s*0\)|transparent/.test(color)

const isShown = (element: Element): boolean =>
  element.checkVisibility() && !element.closest('.sr-only')

/**
 * Lines naming every enabled, visible control under `root` whose edge and fill both fall under
 * 3:1 against the colours behind it. Text-only controls (no edge, no fill) are identified by
 * their text, whose contrast axe checks. Native checkboxes draw themselves; day cells carry
 * their status in marks checked by tests/renderer/views/month-contrast.test.tsx.
 */
export function faintControls(root: ParentNode = document): string[] {
  const faint: string[] = []
  for (const control of root.querySelectorAll(CONTROLS)) {
    if (control.matches(':disabled, [type="checkbox"], .day-cell')) continue
    const drawn = drawnBy(control)
    if (!drawn || !isShown(drawn) || !drawn.parentElement) continue
    if (control.matches('[type="radio"]') && drawn === control) continue
    const style = getComputedStyle(drawn)
    const edge =
      Number.parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none'
        ? style.borderTopColor
        : null
    const behind = backgroundsOf(drawn.parentElement).map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`)
    const against = (color: string) => Math.min(...behind.map((bg) => contrast(color, bg)))
    const marks = [edge, style.backgroundColor].filter(
      (color): color is string => color !== null && opaque(color),
    )
    // No edge and a fill that blends in: a text-only control.
    if (marks.every((mark) => mark !== edge && against(mark) < 1.1)) continue
    const worst = Math.max(...marks.map(against))
    if (worst < 3) {
      const label = (control as HTMLInputElement).labels?.[0]?.textContent
      const name = control.getAttribute('aria-label') ?? label ?? control.textContent ?? ''
      faint.push(
        `${control.tagName.toLowerCase()} "${name}" (${drawn.className}): ${worst.toFixed(2)}:1`,
      )
    }
  }
  return faint
}

/** Fails, naming them, when any control's boundary is too faint to see. */
export function expectControlBoundaries(root?: ParentNode): void {
  expect(faintControls(root), 'controls with a boundary under 3:1').toEqual([])
}
