// Opens the settings view on the stand-in API at the window's own size, once its first section is drawn.
import { expect } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { SettingsView } from '../../../src/renderer/src/views/settings/settings-view'
import { installSettingsApi } from './settings-fixture'

/** The size main opens the settings window at (src/main/view-windows.ts). */
export const SETTINGS_WINDOW: [number, number] = [720, 640]

/** Installs the stand-in with these settings and renders the view; answers the API's spies and the screen. */
export async function renderSettings(...args: Parameters<typeof installSettingsApi>) {
  await page.viewport(...SETTINGS_WINDOW)
  const api = installSettingsApi(...args)
  const screen = await render(<SettingsView />)
  await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
  return { api, screen }
}

type Screen = Awaited<ReturnType<typeof renderSettings>>['screen']

/** Clicks the section called `name` in the sidebar, as a person moving to another part of the settings would. */
export async function openSection(screen: Pick<Screen, 'getByRole'>, name: string): Promise<void> {
  const tab = screen.getByRole('tab', { name: new RegExp(`^${name}`) })
  await userEvent.click(tab)
  await expect.element(tab).toHaveAttribute('aria-selected', 'true')
}
