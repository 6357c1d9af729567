// Export, import and the idle-detection note in the settings view.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { DEFAULT_SETTINGS } from '../../../src/core'
import { openSection, renderSettings } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

test('export says where the file went, or that it was cancelled', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Your data')
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }))
  await expect
    .element(
      screen.getByRole('status').filter({ hasText: 'Exported to /home/ada/sundown-export.json.' }),
    )
    .toBeVisible()
  api.exportData.mockResolvedValueOnce({ ok: true, value: { saved: false, path: null } })
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }))
  await expect.element(screen.getByText('Export cancelled.')).toBeVisible()
})

test('import reports its counts and reloads the settings it brought', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Your data')
  api.getSettings.mockResolvedValueOnce({
    ok: true,
    value: { ...DEFAULT_SETTINGS, graceMinutes: 25 },
  })
  await userEvent.click(screen.getByRole('button', { name: 'Import…' }))
  await expect
    .element(
      screen.getByText('Imported 12 events; 3 were already here. Settings now come from the file.'),
    )
    .toBeVisible()
  await openSection(screen, 'Reminders')
  await expect.element(screen.getByLabelText('Grace after the end')).toHaveValue(25)
  expect(api.getSettings).toHaveBeenCalledTimes(2)
})

test('an import the main process refused says why', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Your data')
  api.importData.mockResolvedValueOnce({ ok: false, problem: { code: 'import-not-export' } })
  await userEvent.click(screen.getByRole('button', { name: 'Import…' }))
  await expect
    .element(
      screen
        .getByRole('alert')
        .filter({ hasText: 'Nothing was imported: This is not a Sundown export: it lacks' }),
    )
    .toBeVisible()
  expect(api.getSettings).toHaveBeenCalledTimes(1)
})

test('where idle detection is unavailable a note says lock and suspend are used instead', async () => {
  const { screen } = await renderSettings(DEFAULT_SETTINGS, { idle: 'unavailable' })
  await openSection(screen, 'Reminders')
  await expect
    .element(screen.getByRole('note'))
    .toMatchTextContent(/idle detection isn't available on this desktop/i)
  await expect
    .element(screen.getByRole('note'))
    .toMatchTextContent(/screen locking and the computer suspending/)
})

test('where idle detection works there is no such note', async () => {
  const { screen } = await renderSettings(DEFAULT_SETTINGS, { idle: 'available' })
  await openSection(screen, 'Reminders')
  await expect.element(screen.getByLabelText('Away after')).toBeVisible()
  expect(screen.container.querySelector('[role="note"]')).toBeNull()
})
