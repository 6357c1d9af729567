// The settings window by keyboard alone: the arrows move between sections, Tab reaches every control of each section with a visible ring, and the keys edit, add, remove and save (window-states.test.tsx walks every state with Tab).
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import '../../../src/renderer/src/styles.css'
import { openSection } from '../views/render-settings'
import { SCHEMES, resetPage } from './axe'
import { expectKeyboardWalk } from './keyboard'
import { SETTINGS_STATES } from './settings-states'
import { openState } from './window-states'

afterEach(resetPage)

const SECTIONS = [
  'Schedule',
  'Seasons & one-off days',
  'Reminders',
  'Ritual',
  'General',
  'Devices',
  'Your data',
]

const opened = (state: string) => openState('settings', SETTINGS_STATES, state)

const selectedTab = () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')

describe.each(SCHEMES)('Tab through the settings in the %s scheme', (scheme) => {
  // Tab reaches the selected section's tab, every control of its panel and the save bar; the
  // other sections' tabs are no Tab stops: the arrows reach them.
  test('every section, reached with the arrow keys from the sidebar', async () => {
    await openState('settings', SETTINGS_STATES, 'the defaults', scheme)
    for (const [at, name] of SECTIONS.entries()) {
      if (at > 0) {
        selectedTab()?.focus()
        await userEvent.keyboard('{ArrowDown}')
      }
      expect(selectedTab()?.textContent).toBe(name)
      const reached = await expectKeyboardWalk()
      // Tab leads from the section's name in the sidebar straight into its panel.
      expect(reached[0]).toBe(selectedTab())
      expect(reached[1]?.closest('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(
        selectedTab()?.id,
      )
    }
  })
})

describe('the sidebar moves between sections as a tab list does', () => {
  test('Down and Up move one section, wrapping; Home and End go to the first and the last', async () => {
    const { screen } = await opened('the defaults')
    const tab = (name: string) => screen.getByRole('tab', { name, exact: true })
    const panel = (name: string) => screen.getByRole('tabpanel', { name, exact: true })
    tab('Schedule').element().focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(tab('Seasons & one-off days')).toHaveFocus()
    await expect.element(tab('Seasons & one-off days')).toHaveAttribute('aria-selected', 'true')
    await expect.element(panel('Seasons & one-off days')).toBeVisible()
    // The section left is hidden, not merely scrolled away.
    expect(screen.getByRole('heading', { name: 'Weekly schedule' }).query()).toBeNull()
    await userEvent.keyboard('{End}')
    await expect.element(tab('Your data')).toHaveFocus()
    await expect.element(panel('Your data')).toBeVisible()
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(tab('Schedule')).toHaveFocus()
    await userEvent.keyboard('{ArrowUp}')
    await expect.element(tab('Your data')).toHaveFocus()
    await userEvent.keyboard('{Home}')
    await expect.element(tab('Schedule')).toHaveFocus()
    await expect.element(panel('Schedule')).toBeVisible()
    await expect.element(tab('Reminders')).toHaveAttribute('tabindex', '-1')
  })

  test('an edit survives a walk through other sections, and is saved with the rest', async () => {
    const { api, screen } = await opened('the defaults')
    await userEvent.fill(screen.getByLabelText('Friday end', { exact: true }), '16:00')
    await openSection(screen, 'Reminders')
    await userEvent.fill(screen.getByLabelText('Snooze length'), '15')
    await openSection(screen, 'Your data')
    await openSection(screen, 'Schedule')
    await expect.element(screen.getByLabelText('Friday end', { exact: true })).toHaveValue('16:00')
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
    await expect.element(screen.getByText('Saved.', { exact: true })).toBeVisible()
    expect(api.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({
        snoozeMinutes: 15,
        weekly: expect.objectContaining({ fri: { workday: true, start: '09:00', end: '16:00' } }),
      }),
    )
  })
})

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
    await openSection(screen, 'Seasons')
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
    await openSection(screen, 'Seasons')
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
    await openSection(screen, 'Ritual')
    screen.getByRole('button', { name: 'Remove “Park your open loops”' }).element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('button', { name: 'Add a step' })).toHaveFocus()
  })

  test('Record, then a key combination, sets the shortcut', async () => {
    const { screen } = await opened('the defaults')
    await openSection(screen, 'General')
    screen.getByRole('button', { name: 'Record' }).element().focus()
    await userEvent.keyboard('{Enter}')
    const field = screen.getByLabelText('Global shortcut')
    await expect.element(field).toHaveFocus()
    await userEvent.keyboard('{Control>}{Alt>}j{/Alt}{/Control}')
    await expect.element(field).toHaveValue('CommandOrControl+Alt+J')
  })

  test('Enter in a field saves the form', async () => {
    const { api, screen } = await opened('the defaults')
    await openSection(screen, 'Reminders')
    await userEvent.fill(screen.getByLabelText('Snooze length'), '15')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByText('Saved.', { exact: true })).toBeVisible()
    expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ snoozeMinutes: 15 }))
  })
})
