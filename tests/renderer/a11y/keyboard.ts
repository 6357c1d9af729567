// Walks a view with Tab as a keyboard user would: every control reached in order, each with a focus ring that shows.
import { expect } from 'vitest'
import { userEvent } from 'vitest/browser'
import { contrast } from '../views/contrast-ratio'
import { backgroundsOf } from './needs-review'

const FOCUSABLE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]'
const WIDGET_ROLES = ['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option']
const CONTROLS = [
  'a[href], button, input:not([type="hidden"]), select, textarea, summary',
  ...WIDGET_ROLES.map((role) => `[role="${role}"]`),
].join(', ')

const shown = (element: Element): boolean => element.checkVisibility({ visibilityProperty: true })

/** Where a control's focus ring is drawn: the scale's radios are hidden behind their dots. */
const ringOf = (element: Element): Element =>
  (element.matches('.scale-option input') ? element.nextElementSibling : null) ?? element

/** Enabled, visible controls under `root` (radios are hidden behind the dot they sit on). */
export function controlsIn(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (element) => !element.matches(':disabled') && shown(ringOf(element)),
  )
}

/** The elements Tab stops at, in order: one per radio group (the checked one, else the first). */
export function tabStops(root: ParentNode = document): HTMLElement[] {
  const groups = new Set<string>()
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.tabIndex < 0 || element.matches(':disabled') || !shown(ringOf(element))) {
      return false
    }
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true
    const group = `${element.form?.id ?? ''}/${element.name}`
    const checked = root.querySelector<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(element.name)}"]:checked`,
    )
    if (checked ? checked !== element : groups.has(group)) return false
    groups.add(group)
    return true
  })
}

/** Why the focused element's ring does not show, or null when it shows at 3:1 against what is behind it. */
export function missingRing(element: HTMLElement): string | null {
  if (!element.matches(':focus-visible')) return 'not :focus-visible'
  const ring = ringOf(element)
  const style = getComputedStyle(ring)
  if (style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) < 1) {
    return style.boxShadow === 'none' ? 'no outline and no box-shadow' : null
  }
  const behind = backgroundsOf(ring.parentElement ?? ring)
  const ratio = Math.min(
    ...behind.map(([r, g, b]) => contrast(style.outlineColor, `rgb(${r}, ${g}, ${b})`)),
  )
  return ratio < 3 ? `outline ${style.outlineColor} only ${ratio.toFixed(2)}:1` : null
}

/** Where `active` is among `stops`; a radio stands for its whole group (Shift+Tab enters at its end). */
function indexIn(stops: HTMLElement[], active: HTMLElement): number {
  const radio = active instanceof HTMLInputElement && active.type === 'radio' ? active.name : null
  return stops.findIndex(
    (stop) => stop === active || (radio !== null && (stop as HTMLInputElement).name === radio),
  )
}

const nameOf = (element: Element | null): string => {
  if (!element) return 'nothing'
  const name =
    element.getAttribute('aria-label') ??
    (element as HTMLInputElement).labels?.[0]?.textContent ??
    element.textContent ??
    ''
  return `${element.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`
}

/** Date and time inputs take several presses of Tab: one per part (hour, minute…), then their picker. */
const isSegmented = (element: Element | null): boolean =>
  element instanceof HTMLInputElement && ['date', 'time', 'datetime-local'].includes(element.type)

/**
 * Starts at the first tab stop and presses Tab until the last, checking that focus lands on the
 * next stop each time (stops are re-read after each press: focusing a day changes its detail)
 * and that each shows its focus ring. Returns the elements reached and the problems met.
 */
export async function walkWithTab(
  root: ParentNode = document,
): Promise<{ reached: HTMLElement[]; problems: string[] }> {
  const problems: string[] = []
  const check = (element: HTMLElement) => {
    // Inside a date or time input, the picker button's ring is the browser's own.
    if (isSegmented(element) && !element.matches(':focus')) return
    const ring = missingRing(element)
    if (ring) problems.push(`${nameOf(element)}: ${ring}`)
  }
  const first = tabStops(root)[0]
  if (!first) return { reached: [], problems: [] }
  // Resizing the test frame can leave the keyboard outside it: a click in a corner brings it back.
  await userEvent.click(document.body, { position: { x: 0, y: 0 } })
  first.focus()
  // Tab there and back, so even the first stop is reached by the keyboard.
  await userEvent.tab()
  await userEvent.tab({ shift: true })
  const reached: HTMLElement[] = []
  for (let stop = 0; stop < 200; stop++) {
    const active = document.activeElement as HTMLElement
    check(active)
    reached.push(active)
    const stops = tabStops(root)
    const at = indexIn(stops, active)
    if (at < 0) {
      problems.push(`${nameOf(active)} has focus but is no tab stop`)
      break
    }
    const next = stops[at + 1]
    if (!next) break
    await userEvent.tab()
    for (
      let part = 0;
      part < 6 && isSegmented(active) && document.activeElement === active;
      part++
    ) {
      check(active)
      await userEvent.tab()
    }
    if (document.activeElement !== next) {
      problems.push(`Tab from ${nameOf(active)} went to ${nameOf(document.activeElement)}`)
    }
  }
  return { reached, problems }
}

/**
 * Tabs through `root`: every control is reached, in order, with a ring. A radio is reached through
 * its group, and a tab list through its selected tab: the arrows reach the others, as in a tab list.
 */
export async function expectKeyboardWalk(root: ParentNode = document): Promise<HTMLElement[]> {
  const { reached, problems } = await walkWithTab(root)
  const groups = new Set(reached.map((element) => (element as HTMLInputElement).name))
  const unreached = controlsIn(root)
    .filter((control) => !reached.includes(control))
    .filter(
      (control) =>
        !(control.matches('[type="radio"]') && groups.has(control.getAttribute('name') ?? '')),
    )
    .filter((control) => !control.matches('[role="tab"][aria-selected="false"]'))
    .map(nameOf)
  expect([...problems, ...unreached.map((what) => `${what} never reached`)]).toEqual([])
  return reached
}
