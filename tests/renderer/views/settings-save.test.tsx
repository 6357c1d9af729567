// Valid edits are saved whole through saveSettings: the schedule, seasons, one-off days, reminders and general settings.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../../src/core'
import { withSeason, type installSettingsApi } from './settings-fixture'
import { openSection, renderSettings } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

const savedSettings = (api: ReturnType<typeof installSettingsApi>): Settings => {
  const saved = api.saveSettings.mock.lastCall?.[0]
  if (!saved) throw new Error('saveSettings was not called')
  return saved
}

test('a valid edit is saved with everything else unchanged', async () => {
  const { api, screen } = await renderSettings()
  await expect.element(screen.getByText('Unsaved changes')).not.toBeInTheDocument()
  await userEvent.fill(screen.getByLabelText('Friday end', { exact: true }), '16:00')
  await userEvent.click(screen.getByLabelText('Saturday is a workday'))
  await userEvent.fill(screen.getByLabelText('Saturday end', { exact: true }), '13:00')
  await userEvent.fill(screen.getByLabelText('Saturday start', { exact: true }), '')
  await openSection(screen, 'Reminders')
  await userEvent.fill(screen.getByLabelText('Heads-up before the end'), '20')
  await expect.element(screen.getByText('Unsaved changes')).toBeVisible()
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText('Saved.')).toBeVisible()
  const saved = savedSettings(api)
  expect(saved).toEqual({
    ...DEFAULT_SETTINGS,
    weekly: {
      ...DEFAULT_SETTINGS.weekly,
      fri: { workday: true, start: '09:00', end: '16:00' },
      sat: { workday: true, end: '13:00' },
    },
    headsUpMinutes: 20,
  })
  expect(validateSettings(saved).ok).toBe(true)
  await expect.element(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled()
})

test('seasons can be added, edited and ended today; one-off days added; general settings changed', async () => {
  const { api, screen } = await renderSettings(withSeason)
  await openSection(screen, 'Seasons')
  await userEvent.click(screen.getByRole('button', { name: 'End today' }))
  await userEvent.click(screen.getByRole('button', { name: 'Add a season' }))
  const added = screen.getByRole('group', { name: /^New season/ }).first()
  await userEvent.fill(added.getByLabelText('Name', { exact: true }), 'Recovery')
  await userEvent.fill(
    screen
      .getByRole('group', { name: /^Recovery/ })
      .first()
      .getByLabelText('Intention'),
    'Short days, long walks',
  )
  await userEvent.fill(screen.getByLabelText('Recovery: Monday end'), '15:00')
  await userEvent.click(screen.getByRole('button', { name: 'Add a one-off day' }))
  await userEvent.click(screen.getByLabelText('One-off day 2: Day off'))
  await userEvent.fill(screen.getByLabelText('One-off day 2: End'), '12:30')
  await userEvent.fill(screen.getByLabelText('One-off day 2: Note'), 'Dentist')
  await openSection(screen, 'General')
  await userEvent.click(screen.getByLabelText('Open Sundown when you log in'))
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText('Saved.')).toBeVisible()

  const saved = savedSettings(api)
  expect(saved.seasons).toHaveLength(2)
  expect(saved.seasons[0]).toMatchObject({ name: 'Launch', from: '2026-11-02', to: '2026-11-24' })
  expect(saved.seasons[1]).toMatchObject({
    name: 'Recovery',
    from: '2026-11-25',
    to: '2026-12-22',
    intention: 'Short days, long walks',
  })
  expect(saved.seasons[1]?.weekly.mon).toEqual({ workday: true, start: '09:00', end: '15:00' })
  expect(saved.overrides).toEqual([
    { date: '2026-12-24', off: true, note: 'Christmas Eve' },
    { date: '2026-11-24', off: false, end: '12:30', note: 'Dentist' },
  ])
  expect(saved.launchAtLogin).toBe(true)
})

test('a removed season and a removed one-off day are gone from what is saved', async () => {
  const { api, screen } = await renderSettings(withSeason)
  await openSection(screen, 'Seasons')
  await userEvent.click(screen.getByRole('button', { name: 'Remove “Launch”' }))
  await userEvent.click(screen.getByRole('button', { name: 'Remove one-off day 1' }))
  await expect.element(screen.getByText('No seasons yet.')).toBeVisible()
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText('Saved.')).toBeVisible()
  expect(savedSettings(api)).toMatchObject({ seasons: [], overrides: [] })
})

test('the shortcut can be recorded from a key combination', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'General')
  await userEvent.click(screen.getByRole('button', { name: 'Record' }))
  await expect.element(screen.getByLabelText('Global shortcut')).toHaveFocus()
  await userEvent.keyboard('{Control>}{Alt>}j{/Alt}{/Control}')
  await expect
    .element(screen.getByLabelText('Global shortcut'))
    .toHaveValue('CommandOrControl+Alt+J')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText('Saved.')).toBeVisible()
  expect(savedSettings(api).shortcut).toBe('CommandOrControl+Alt+J')
})

test('discarding returns to the saved settings', async () => {
  const { api, screen } = await renderSettings()
  await userEvent.fill(screen.getByLabelText('Monday end', { exact: true }), '25:99')
  await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }))
  await expect.element(screen.getByLabelText('Monday end', { exact: true })).toHaveValue('17:30')
  expect(api.saveSettings).not.toHaveBeenCalled()
})
