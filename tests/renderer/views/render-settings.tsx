// Opens the settings view on the stand-in API, once its sections are drawn.
import { expect } from 'vitest'
import { render } from 'vitest-browser-react'
import { SettingsView } from '../../../src/renderer/src/views/settings/settings-view'
import { installSettingsApi } from './settings-fixture'

/** Installs the stand-in with these settings and renders the view; answers the API's spies and the screen. */
export async function renderSettings(...args: Parameters<typeof installSettingsApi>) {
  const api = installSettingsApi(...args)
  const screen = await render(<SettingsView />)
  await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
  return { api, screen }
}
