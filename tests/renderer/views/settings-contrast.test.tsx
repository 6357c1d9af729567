// WCAG AA contrast of the settings view's text, errors and control edges, in light and dark themes.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/renderer/src/styles.css'
import { SettingsView } from '../../../src/renderer/src/views/settings/settings-view'
import { contrast, theme } from './contrast-ratio'
import { installSettingsApi, withSeason } from './settings-fixture'
import { openSection } from './render-settings'

afterEach(async () => {
  await theme('light')
  Reflect.deleteProperty(window, 'sundown')
})

test.each(['light', 'dark'] as const)(
  'text, errors and control edges pass in the %s theme',
  async (scheme) => {
    await theme(scheme)
    installSettingsApi(withSeason, { idle: 'unavailable' })
    const screen = await render(<SettingsView />)
    await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
    await openSection(screen, 'Reminders')
    await userEvent.fill(screen.getByLabelText('Grace after the end'), '-5')
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
    await expect.element(screen.getByText('Minutes cannot be negative.')).toBeVisible()

    const root = screen.container.querySelector('.settings-view') as HTMLElement
    const style = (selector: string) => getComputedStyle(root.querySelector(selector) ?? root)
    const page = getComputedStyle(root).backgroundColor
    const card = style('.season.card').backgroundColor
    const failures: string[] = []
    const check = (what: string, ratio: number, minimum: number) => {
      if (ratio < minimum) failures.push(`${what}: ${ratio.toFixed(2)} < ${minimum}`)
    }
    check('body text', contrast(getComputedStyle(root).color, page), 4.5)
    check('hints', contrast(style('.section-hint').color, page), 4.5)
    check(
      'field labels on cards',
      contrast(style('.season .setting-field > label').color, card),
      4.5,
    )
    check('errors', contrast(style('.field-error').color, page), 4.5)
    check(
      'input text',
      contrast(style('.text-input').color, style('.text-input').backgroundColor),
      4.5,
    )
    check('input edges', contrast(style('.text-input:not([aria-invalid])').borderTopColor, page), 3)
    check('button edges', contrast(style('.button:not(.primary)').borderTopColor, page), 3)
    check(
      'save button text',
      contrast(style('.button.primary').color, style('.button.primary').backgroundColor),
      4.5,
    )
    check('idle note', contrast(style('.note').color, style('.note').backgroundColor), 4.5)
    expect(failures).toEqual([])
  },
)
