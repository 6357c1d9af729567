// Settings in sections: a refused save takes the user to the section and field at fault, and the save bar below never hides the field in focus.
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import '../../../src/renderer/src/styles.css'
import { withEntries } from '../a11y/settings-states'
import { openSection, renderSettings } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

test('a save refused for a field in another section opens that section with focus on the field', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Reminders')
  await userEvent.fill(screen.getByLabelText('Grace after the end'), '-5')
  await openSection(screen, 'Ritual')
  await userEvent.fill(screen.getByLabelText('Step 2', { exact: true }), '')
  await openSection(screen, 'General')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))

  // The first section at fault in the sidebar's order, its field in focus with its error beside it.
  const grace = screen.getByLabelText('Grace after the end')
  await expect.element(grace).toHaveFocus()
  await expect.element(grace).toHaveAccessibleDescription(/Minutes cannot be negative/)
  await expect
    .element(screen.getByRole('tab', { name: 'Reminders 1 to fix' }))
    .toHaveAttribute('aria-selected', 'true')
  // The other section at fault says so in the sidebar, and the save bar says how many.
  await expect.element(screen.getByRole('tab', { name: 'Ritual 1 to fix' })).toBeVisible()
  await expect.element(screen.getByRole('tab', { name: 'General', exact: true })).toBeVisible()
  await expect.element(screen.getByText(/2 settings need fixing/)).toBeVisible()
  expect(api.saveSettings).not.toHaveBeenCalled()

  await userEvent.fill(grace, '5')
  await expect.element(screen.getByRole('tab', { name: 'Reminders', exact: true })).toBeVisible()
})

test('a refused save keeps the user in their section when the fault is there too', async () => {
  const { screen } = await renderSettings()
  await userEvent.fill(screen.getByLabelText('Friday end', { exact: true }), '7pm')
  await openSection(screen, 'Reminders')
  await userEvent.fill(screen.getByLabelText('Snooze length'), '-1')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByLabelText('Snooze length')).toHaveFocus()
  await expect.element(screen.getByRole('tab', { name: 'Schedule 1 to fix' })).toBeVisible()
})

/** The part of the window where `element` can be seen: the viewport, cut by every scrolling box around it. */
function visibleBoxOf(element: Element): DOMRect {
  let [top, left, bottom, right] = [0, 0, window.innerHeight, window.innerWidth]
  for (let box = element.parentElement; box; box = box.parentElement) {
    if (!/(auto|scroll|hidden)/.test(getComputedStyle(box).overflowY)) continue
    const rect = box.getBoundingClientRect()
    top = Math.max(top, rect.top)
    left = Math.max(left, rect.left)
    bottom = Math.min(bottom, rect.bottom)
    right = Math.min(right, rect.right)
  }
  return new DOMRect(left, top, right - left, bottom - top)
}

/** Why the focused element cannot be seen whole, or null when it can. */
function hiddenFocus(saveBar: Element): string | null {
  const focused = document.activeElement as HTMLElement
  if (saveBar.contains(focused)) return null
  const rect = focused.getBoundingClientRect()
  const bar = saveBar.getBoundingClientRect()
  const name = focused.getAttribute('aria-label') ?? focused.id
  if (rect.bottom > bar.top + 0.5 && rect.top < bar.bottom - 0.5) {
    return `${name} at ${Math.round(rect.top)}–${Math.round(rect.bottom)} under the save bar from ${Math.round(bar.top)}`
  }
  const seen = visibleBoxOf(focused)
  if (rect.top < seen.top - 0.5 || rect.bottom > seen.bottom + 0.5) {
    return `${name} at ${Math.round(rect.top)}–${Math.round(rect.bottom)} outside ${Math.round(seen.top)}–${Math.round(seen.bottom)}`
  }
  return null
}

test.each([
  [720, 640],
  [560, 480],
])(
  'at %i×%i, Tab through every section never leaves the focused field under the save bar',
  async (width, height) => {
    const { screen } = await renderSettings(withEntries, { idle: 'unavailable' })
    await page.viewport(width, height)
    // An error in the save bar makes it taller.
    await userEvent.fill(screen.getByLabelText('Monday end', { exact: true }), '25:99')
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
    await expect.element(screen.getByText(/needs fixing/)).toBeVisible()
    const saveBar = document.querySelector('.save-bar') as HTMLElement
    const tabs = screen.getByRole('tab').elements()
    const problems: string[] = []
    // Each section in turn (or the whole page, were there none).
    for (const tab of tabs.length > 0 ? tabs : [null]) {
      if (tab) await userEvent.click(tab)
      const first = tab ?? document.querySelector<HTMLElement>('.settings-form input')
      first?.focus()
      for (let press = 0; press < 400 && !saveBar.contains(document.activeElement); press++) {
        await userEvent.tab()
        const problem = hiddenFocus(saveBar)
        if (problem) problems.push(problem)
      }
      // Only the pane scrolls: the window itself never does, so the save bar stays in it.
      const { scrollHeight } = document.documentElement
      if (scrollHeight > window.innerHeight) {
        problems.push(
          `the window scrolls (${scrollHeight} px) in ${tab?.textContent ?? 'the page'}`,
        )
      }
    }
    expect(problems).toEqual([])
  },
)
