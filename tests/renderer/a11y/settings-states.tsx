// Every state of the settings window, from realistic settings, for the accessibility tests.
import { expect } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import {
  DEFAULT_SETTINGS,
  validateSettings,
  type FieldError,
  type Settings,
} from '../../../src/core'
import { SettingsView } from '../../../src/renderer/src/views/settings/settings-view'
import { installSettingsApi, withSeason } from '../views/settings-fixture'
import { syncingWithProblems, syncingWithTwo } from '../views/devices-fixture'
import { openSection } from '../views/render-settings'

/** A season in force, a day off and a one-off working day with a later end. */
export const withEntries: Settings = {
  ...withSeason,
  overrides: [
    ...withSeason.overrides,
    { date: '2026-12-18', off: false, start: '10:00', end: '19:00', note: 'Release party' },
  ],
}

async function open(...args: Parameters<typeof installSettingsApi>) {
  const api = installSettingsApi(...args)
  const screen = await render(<SettingsView />)
  await expect.element(screen.getByRole('heading', { name: 'Weekly schedule' })).toBeVisible()
  return { api, screen }
}

type Opened = Awaited<ReturnType<typeof open>>

/** A refusal as main sends it (the core validator's own error, whatever its shape), for `fields`. */
function refusalFor(...fields: string[]): FieldError[] {
  const checked = validateSettings({ ...DEFAULT_SETTINGS, graceMinutes: -5 })
  const error = checked.ok ? undefined : checked.errors[0]
  if (!error) throw new Error('the validator should refuse negative minutes')
  return fields.map((field) => ({ ...error, field }))
}

const save = ({ screen }: Opened) =>
  userEvent.click(screen.getByRole('button', { name: 'Save settings' }))

/** The states by name; each resolves once the state is on screen. */
export const SETTINGS_STATES: Record<string, () => Promise<Opened>> = {
  'the defaults': () => open(DEFAULT_SETTINGS),
  'seasons and one-off days with entries': async () => {
    const opened = await open(withEntries)
    await openSection(opened.screen, 'Ritual')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Add a step' }))
    await openSection(opened.screen, 'Seasons')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Add a season' }))
    await expect.element(opened.screen.getByText('Unsaved changes')).toBeVisible()
    return opened
  },
  'validation errors on every kind of field': async () => {
    const opened = await open(withEntries)
    const { screen } = opened
    await userEvent.fill(screen.getByLabelText('Monday end', { exact: true }), '25:99')
    await openSection(screen, 'Seasons')
    const launch = screen.getByRole('group', { name: /^Launch/ })
    await userEvent.fill(launch.getByLabelText('From', { exact: true }), '2026-12-10')
    await userEvent.fill(launch.getByLabelText('To', { exact: true }), '2026-12-01')
    await userEvent.fill(screen.getByLabelText('One-off day 2: End'), '7pm')
    await openSection(screen, 'Reminders')
    await userEvent.fill(screen.getByLabelText('Grace after the end'), '-5')
    await openSection(screen, 'Ritual')
    await userEvent.fill(screen.getByLabelText('Step 1', { exact: true }), '')
    await save(opened)
    await expect.element(screen.getByText(/settings need fixing/)).toBeVisible()
    const step = screen.getByLabelText('Step 1', { exact: true })
    await expect.element(step).toHaveAttribute('aria-invalid', 'true')
    return opened
  },
  'a refusal without a field of its own': async () => {
    const opened = await open(DEFAULT_SETTINGS)
    opened.api.saveSettings.mockResolvedValueOnce({
      ok: false,
      problem: { code: 'fields', errors: refusalFor('version', 'shortcut') },
    })
    await save(opened)
    await expect.element(opened.screen.getByText('Also:')).toBeVisible()
    return opened
  },
  'idle detection unavailable': async () => {
    const opened = await open(DEFAULT_SETTINGS, { idle: 'unavailable' })
    await openSection(opened.screen, 'Reminders')
    await expect.element(opened.screen.getByRole('note')).toBeVisible()
    return opened
  },
  'recording a shortcut': async () => {
    const opened = await open(DEFAULT_SETTINGS)
    await openSection(opened.screen, 'General')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Record' }))
    await expect
      .element(opened.screen.getByLabelText('Global shortcut'))
      .toHaveValue('Press the keys…')
    return opened
  },
  saved: async () => {
    const opened = await open(DEFAULT_SETTINGS)
    await openSection(opened.screen, 'Reminders')
    await userEvent.fill(opened.screen.getByLabelText('Snooze length'), '15')
    await save(opened)
    await expect.element(opened.screen.getByText('Saved.', { exact: true })).toBeVisible()
    return opened
  },
  'an export done and an import refused': async () => {
    const opened = await open(DEFAULT_SETTINGS)
    await openSection(opened.screen, 'Your data')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Export…' }))
    await expect.element(opened.screen.getByText(/^Exported to/)).toBeVisible()
    opened.api.importData.mockResolvedValueOnce({
      ok: false,
      problem: { code: 'import-not-export' },
    })
    await userEvent.click(opened.screen.getByRole('button', { name: 'Import…' }))
    await expect.element(opened.screen.getByText(/^Nothing was imported/)).toBeVisible()
    return opened
  },
  'devices: syncing with two other devices': async () => {
    const opened = await open(DEFAULT_SETTINGS, { devices: syncingWithTwo })
    await openSection(opened.screen, 'Devices')
    await expect.element(opened.screen.getByText('Tablet', { exact: true })).toBeVisible()
    return opened
  },
  'devices: the folder missing, a damaged file and a new id': async () => {
    const opened = await open(DEFAULT_SETTINGS, { devices: syncingWithProblems })
    await openSection(opened.screen, 'Devices')
    await expect.element(opened.screen.getByText(/could not be read/)).toBeVisible()
    return opened
  },
  'settings that failed to load': async () => {
    const api = installSettingsApi(DEFAULT_SETTINGS)
    api.getSettings.mockResolvedValueOnce({ ok: false, problem: { code: 'failed' } })
    const screen = await render(<SettingsView />)
    await expect.element(screen.getByRole('alert')).toBeVisible()
    return { api, screen }
  },
}
