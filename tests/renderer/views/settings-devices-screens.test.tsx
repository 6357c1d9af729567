// Screens of the Devices section, light and dark, syncing with two other devices, for a person to look at (test-results/screens; the README shows copies from docs/screens).
import { afterEach, expect, test } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/renderer/src/styles.css'
import { SettingsView } from '../../../src/renderer/src/views/settings/settings-view'
import { openAs, resetPage } from '../a11y/axe'
import { installFakeSundown } from '../support/fake-sundown'
import { page } from 'vitest/browser'
import { DATE, syncingWithProblems, syncingWithTwo } from './devices-fixture'
import { openSection } from './render-settings'

afterEach(resetPage)

/** Saves the test frame, at the window's size, as `test-results/screens/<name>.png`. */
async function saveScreen(name: string): Promise<string> {
  // As a person arriving at the section sees it: nothing in focus.
  ;(document.activeElement as HTMLElement | null)?.blur()
  return page.screenshot({ path: `../../../test-results/screens/${name}.png` })
}

test.each(['light', 'dark'] as const)(
  'the Devices section, syncing with a desktop and a tablet, in the %s scheme',
  async (scheme) => {
    await openAs('settings', scheme)
    installFakeSundown({ date: DATE, time: '18:00', devices: syncingWithTwo })
    const screen = await render(<SettingsView />)
    await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
    await openSection(screen, 'Devices')
    await expect
      .element(screen.getByText('last seen 5 minutes ago', { exact: false }))
      .toBeVisible()
    const path = await saveScreen(`settings-devices-syncing-${scheme}`)
    expect(path).toMatch(/settings-devices-syncing-(light|dark)\.png$/)
  },
)

test('the Devices section with every problem at once, in the light scheme', async () => {
  await openAs('settings', 'light')
  installFakeSundown({ date: DATE, time: '18:00', devices: syncingWithProblems })
  const screen = await render(<SettingsView />)
  await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
  await openSection(screen, 'Devices')
  await expect.element(screen.getByText(/could not be read/)).toBeVisible()
  const path = await saveScreen('settings-devices-problems-light')
  expect(path).toMatch(/settings-devices-problems-light\.png$/)
})
