// WCAG AA contrast of the month view's colours (with the shared palette), computed from the styles Chromium applies, in light and dark themes.
import { afterEach, expect, test } from 'vitest'
import { render } from 'vitest-browser-react'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import '../../../src/renderer/src/styles.css'
import { contrast, luminance, parse, theme } from './contrast-ratio'
import { installApi, november, october } from './month-fixture'

afterEach(async () => {
  await theme('light')
  Reflect.deleteProperty(window, 'sundown')
})

const JUDGED = ['on-time', 'a-little-late', 'late', 'very-late']

test.each(['light', 'dark'] as const)(
  'every colour passes WCAG AA in the %s theme',
  async (scheme) => {
    await theme(scheme)
    installApi({ ...october, ...november }, '2026-11-24')
    const screen = await render(<MonthView />)
    await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
    await expect.element(screen.getByRole('button', { name: /November 24, 2026/ })).toBeVisible()
    const root = screen.container.querySelector<HTMLElement>('.month-view')
    if (!root) throw new Error('no month view')
    const style = (element: Element) => getComputedStyle(element)
    const token = (name: string) => style(root).getPropertyValue(name)
    const page = style(root).backgroundColor
    expect(scheme === 'dark' ? luminance(parse(page)) < 0.1 : luminance(parse(page)) > 0.8).toBe(
      true,
    )

    const failures: string[] = []
    const check = (what: string, ratio: number, minimum: number) => {
      if (ratio < minimum) failures.push(`${what}: ${ratio.toFixed(2)} < ${minimum}`)
    }

    check('body text', contrast(style(root).color, page), 4.5)
    check('muted text', contrast(token('--m-muted'), page), 4.5)
    check('muted text on panels', contrast(token('--m-muted'), token('--m-panel')), 4.5)
    check('error text on panels', contrast(token('--m-error'), token('--m-panel')), 4.5)
    check('error text on the page', contrast(token('--m-error'), page), 4.5)
    check('focus ring', contrast(token('--m-focus'), page), 3)

    for (const swatch of root.querySelectorAll('.legend .legend-swatch')) {
      const status = swatch.closest<HTMLElement>('[data-status]')?.dataset['status'] ?? '?'
      const cell = style(swatch)
      const fill = cell.backgroundColor
      check(`${status}: day number and mark on its fill`, contrast(cell.color, fill), 4.5)
      if (JUDGED.includes(status)) {
        const edge = Math.max(contrast(fill, page), contrast(cell.borderTopColor, page))
        check(`${status}: cell told apart from the page`, edge, 3)
      }
    }
    for (const [status, other] of [
      ['on-time', 'a-little-late'],
      ['a-little-late', 'late'],
      ['late', 'very-late'],
    ] as const) {
      const fillOf = (name: string) =>
        style(root.querySelector(`.legend [data-status="${name}"] .legend-swatch`) as Element)
          .backgroundColor
      expect(fillOf(status), `${status} and ${other} differ`).not.toBe(fillOf(other))
    }

    const bar = (selector: string) => style(root.querySelector(selector) as Element).fill
    check('late bars', contrast(bar('.bars .bar-late'), page), 3)
    check('after-hours bars', contrast(bar('.bars pattern .bar-after'), page), 3)
    check('on-time marks', contrast(bar('.bars .bar-on-time'), page), 3)
    check('weekday bars', contrast(bar('.weekday-fill'), page), 3)
    expect(failures).toEqual([])
  },
)
