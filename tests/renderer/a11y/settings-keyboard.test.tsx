// The settings window by keyboard alone: Tab reaches every control in every state with a visible ring, and the keys edit, add, remove and save.
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import '../../../src/renderer/src/styles.css'
import { SCHEMES, openAs, resetPage } from './axe'
import { expectKeyboardWalk } from './keyboard'
import { SETTINGS_STATES } from './settings-states'

afterEach(resetPage)

describe.each(SCHEMES)('Tab through the settings in the %s scheme', (scheme) => {
  test.each(Object.keys(SETTINGS_STATES))('%s', async (state) => {
    await openAs('settings', scheme)
    await SETTINGS_STATES[state]?.()
    await expectKeyboardWalk()
  })
})

async function opened(state: string) {
  await openAs('settings', 'light')
  const result = await SETTINGS_STATES[state]?.()
  if (!result) throw new Error(`no state ${state}`)
  return result
}

describe('the keys edit and save the settings', () => {
  test('Space makes Monday a day off: its times turn off and Tab passes them by', async () => {
    const { screen } = await opened('the defaults')
    const monday = screen.getByLabelText('Monday is a workday')
    monday.element().focus()
    await userEvent.keyboard(' ')
    await expect.element(monday).not.toBeChecked()
    await expect.element(screen.getByLabelText('Monday end', { exact: true })).toBeDisabled()
    await userEvent.tab()
    await expect.element(screen.getByLabelText('Tuesday is a workday')).toHaveFocus()
  })

  test('Enter adds a season and focus lands on its name; removing it returns focus to Add', async () => {
    const { screen } = await opened('seasons and one-off days with entries')
    const add = screen.getByRole('button', { name: 'Add a season' })
    add.element().focus()
    await userEvent.keyboard('{Enter}')
    const names = screen.getByRole('textbox', { name: 'Name', exact: true })
    await expect.element(names.last()).toHaveFocus()
    await expect.element(names.last()).toHaveValue('New season')
    await userEvent.keyboard('{Control>}a{/Control}Recovery')
    const recovery = screen.getByRole('group', { name: /^Recovery/ })
    recovery.getByRole('button', { name: 'Remove “Recovery”' }).element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(recovery).not.toBeInTheDocument()
    await expect.element(add).toHaveFocus()
  })

  test('Enter adds a one-off day with focus on its date; Space removes it, focus back on Add', async () => {
    const { screen } = await opened('seasons and one-off days with entries')
    const add = screen.getByRole('button', { name: 'Add a one-off day' })
    add.element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByLabelText('One-off day 3: Date')).toHaveFocus()
    screen.getByRole('button', { name: 'Remove one-off day 3' }).element().focus()
    await userEvent.keyboard(' ')
    await expect.element(screen.getByLabelText('One-off day 3: Date')).not.toBeInTheDocument()
    await expect.element(add).toHaveFocus()
  })

  test('removing a ritual step keeps focus in the section, on Add a step', async () => {
    const { screen } = await opened('the defaults')
    screen.getByRole('button', { name: 'Remove “Park your open loops”' }).element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('button', { name: 'Add a step' })).toHaveFocus()
  })

  test('Record, then a key combination, sets the shortcut', async () => {
    const { screen } = await opened('the defaults')
    screen.getByRole('button', { name: 'Record' }).element().focus()
    await userEvent.keyboard('{Enter}')
    const field = screen.getByLabelText('Global shortcut')
    await expect.element(field).toHaveFocus()
    await userEvent.keyboard('{Control>}{Alt>}j{/Alt}{/Control}')
    await expect.element(field).toHaveValue('CommandOrControl+Alt+J')
  })

  test('Enter in a field saves the form', async () => {
    const { api, screen } = await opened('the defaults')
    await userEvent.fill(screen.getByLabelText('Snooze length'), '15')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByText('Saved.', { exact: true })).toBeVisible()
    expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ snoozeMinutes: 15 }))
  })
})
