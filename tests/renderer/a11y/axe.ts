// axe-core in the renderer test page: WCAG 2.1 A/AA plus best practice on the whole document, violations spelled out.
import axe from 'axe-core'
import { expect } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import type { ViewName } from '../../../src/shared/ipc-contract'
import { theme } from '../views/contrast-ratio'
import { unsettled } from './needs-review'

/** The rule sets the issue asks for. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const

/** The two colour schemes every state is checked in. */
export const SCHEMES = ['light', 'dark'] as const
export type Scheme = (typeof SCHEMES)[number]

/** Each window's title (the entry sets it) and the size main opens it at (src/main/view-windows.ts). */
const TITLES: Record<ViewName, string> = {
  popover: 'Sundown',
  ritual: 'Shutdown ritual',
  month: 'This month',
  settings: 'Settings',
}
const WINDOW_SIZES: Record<ViewName, [number, number]> = {
  popover: [360, 480],
  ritual: [480, 600],
  month: [900, 640],
  settings: [720, 640],
}

/**
 * Makes the test page look like the app's index.html for `view` (title, `data-view`, window size)
 * and emulates the colour scheme, as the entry and Chromium would before the view renders.
 */
export async function openAs(view: ViewName, scheme: Scheme): Promise<void> {
  await theme(scheme)
  document.documentElement.lang = 'en'
  document.documentElement.dataset['view'] = view
  document.title = TITLES[view]
  await page.viewport(...WINDOW_SIZES[view])
  // A new window has no pointer resting on a control (one left by an earlier file would preview
  // the month's day under it); a click in the corner also brings the keyboard into the resized frame.
  await userEvent.click(document.body, { position: { x: 0, y: 0 } })
}

/** Vitest's own frame size, which the other renderer tests run at. */
const DEFAULT_VIEWPORT: [number, number] = [414, 896]

/** Puts the page back as the other renderer tests expect it. */
export async function resetPage(): Promise<void> {
  await page.viewport(...DEFAULT_VIEWPORT)
  await theme('light')
  delete document.documentElement.dataset['view']
  Reflect.deleteProperty(window, 'sundown')
}

/** One violation per block: rule, impact, what it asks, then each offending node and why. */
export function formatViolations(violations: readonly axe.Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const why = node.failureSummary?.replace(/\n\s*/g, ' ') ?? ''
        return `  - ${node.target.join(' ')}\n    ${node.html}\n    ${why}`
      })
      return [
        `${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...nodes,
      ].join('\n')
    })
    .join('\n\n')
}

/** Runs axe on the document (landmarks and headings are page-wide rules) once animations settle. */
export async function runAxe(context: axe.ElementContext = document): Promise<axe.AxeResults> {
  // Entry animations (ritual steps, the sunset) would be caught half-transparent.
  for (const animation of document.getAnimations()) animation.finish()
  return axe.run(context, {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations', 'incomplete'],
  })
}

/**
 * Fails with a readable list when axe finds any violation, or leaves a "needs review" result
 * (text over a gradient, say) that the test's own computation finds failing or cannot settle.
 */
export async function expectNoAxeViolations(context?: axe.ElementContext): Promise<void> {
  const results = await runAxe(context)
  const review = unsettled(results.incomplete).join('\n')
  const report = [formatViolations(results.violations), review].filter(Boolean).join('\n\n')
  expect(report, 'axe-core violations').toBe('')
}
