// Settings validation: the core's messages sit next to their fields, and invalid settings are never saved.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { withSeason } from './settings-fixture'
import { expectErrorNextTo } from './expect-error-next-to'
import { openSection, renderSettings } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

test('"25:99" as an end time is named next to the field, and nothing is saved', async () => {
  const { api, screen } = await renderSettings()
  const mondayEnd = screen.getByLabelText('Monday end', { exact: true })
  await userEvent.fill(mondayEnd, '25:99')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(mondayEnd, 'Use a time like 17:30 (00:00–23:59), not "25:99".')
  await expect.element(mondayEnd).toHaveFocus()
  await expect.element(screen.getByText(/1 setting needs fixing before saving/)).toBeVisible()
  expect(api.saveSettings).not.toHaveBeenCalled()
})

test('a season that ends before it starts is named next to its end date', async () => {
  const { api, screen } = await renderSettings(withSeason)
  await openSection(screen, 'Seasons')
  const launch = screen.getByRole('group', { name: /^Launch/ })
  await userEvent.fill(launch.getByLabelText('From', { exact: true }), '2026-12-10')
  await userEvent.fill(launch.getByLabelText('To', { exact: true }), '2026-12-01')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(
    launch.getByLabelText('To', { exact: true }),
    'The season ends (2026-12-01) before it starts (2026-12-10).',
  )
  expect(api.saveSettings).not.toHaveBeenCalled()
})

test('negative minutes are named next to their field', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Reminders')
  const grace = screen.getByLabelText('Grace after the end')
  const snooze = screen.getByLabelText('Snooze length')
  await userEvent.fill(grace, '-5')
  await userEvent.fill(snooze, '-1')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(grace, 'Minutes cannot be negative.')
  await expectErrorNextTo(snooze, 'Minutes cannot be negative.')
  await expect.element(screen.getByText(/2 settings need fixing/)).toBeVisible()
  expect(api.saveSettings).not.toHaveBeenCalled()
})

test('an error shows once the field is left, and goes as soon as the value is fixed', async () => {
  const { screen } = await renderSettings()
  const fridayEnd = screen.getByLabelText('Friday end', { exact: true })
  await userEvent.fill(fridayEnd, '7pm')
  expect(fridayEnd.element().getAttribute('aria-invalid')).toBeNull()
  await userEvent.tab()
  await expectErrorNextTo(fridayEnd, 'Use a time like 17:30 (00:00–23:59), not "7pm".')
  await userEvent.fill(fridayEnd, '19:00')
  await expect.element(fridayEnd).not.toHaveAttribute('aria-invalid')
  expect(screen.container.querySelector('.field-error')).toBeNull()
})

test('an end before the start is caught by the core’s cross-field rule', async () => {
  const { api, screen } = await renderSettings()
  await userEvent.fill(screen.getByLabelText('Tuesday start', { exact: true }), '18:00')
  await userEvent.fill(screen.getByLabelText('Tuesday end', { exact: true }), '17:00')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(
    screen.getByLabelText('Tuesday end', { exact: true }),
    'End after the start (18:00), or before 04:00 for a shift past midnight.',
  )
  expect(api.saveSettings).not.toHaveBeenCalled()
})

test('the main process’s refusal is shown next to its field the same way', async () => {
  const { api, screen } = await renderSettings()
  api.saveSettings.mockResolvedValueOnce({
    ok: false,
    problem: {
      code: 'fields',
      errors: [{ field: 'shortcut', problem: { code: 'too-long', field: 'shortcut', max: 64 } }],
    },
  })
  await openSection(screen, 'General')
  await userEvent.fill(screen.getByLabelText('Global shortcut'), 'CommandOrControl+Q')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(
    screen.getByLabelText('Global shortcut'),
    'Keep the shortcut under 64 characters.',
  )
  expect(api.saveSettings).toHaveBeenCalledTimes(1)
})

test('an error without a field of its own is listed at the top', async () => {
  const { api, screen } = await renderSettings()
  api.saveSettings.mockResolvedValueOnce({
    ok: false,
    problem: {
      code: 'fields',
      errors: [{ field: 'version', problem: { code: 'unknown-version' } }],
    },
  })
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText(/Unknown settings version/)).toBeVisible()
})
