// Ritual steps: reordered from the keyboard with focus following the moved step, added and removed.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { openSection, renderSettings } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

const titles = () =>
  [...document.querySelectorAll<HTMLInputElement>('.step-list input[data-action="title"]')].map(
    (input) => input.value,
  )

test('a step moves down and up with Enter and Space, keeping focus, and the order is saved', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Ritual')
  expect(titles()).toEqual([
    'Review what got done today',
    'Park your open loops',
    "Choose tomorrow's first task",
    'One question to end on',
  ])
  // Reach the first step's Down button by keyboard: Tab from its skippable checkbox.
  screen.getByLabelText('Step 1: Can be skipped').element().focus()
  await userEvent.tab()
  const down = screen.getByRole('button', { name: 'Move “Review what got done today” down' })
  await expect.element(down).toHaveFocus()

  await userEvent.keyboard('{Enter}')
  expect(titles()[1]).toBe('Review what got done today')
  await expect.element(down).toHaveFocus()
  await expect
    .element(screen.getByText('“Review what got done today” is now step 2 of 4.'))
    .toBeInTheDocument()

  await userEvent.keyboard('{Enter}')
  await userEvent.keyboard('{Enter}')
  expect(titles()[3]).toBe('Review what got done today')
  // At the bottom Down is disabled, so focus moved to its partner, Up.
  const up = screen.getByRole('button', { name: 'Move “Review what got done today” up' })
  await expect.element(up).toHaveFocus()
  await userEvent.keyboard(' ')
  expect(titles()).toEqual([
    'Park your open loops',
    "Choose tomorrow's first task",
    'Review what got done today',
    'One question to end on',
  ])
  await expect.element(up).toHaveFocus()

  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText('Saved.')).toBeVisible()
  expect(api.saveSettings.mock.lastCall?.[0].ritualSteps.map((step) => step.id)).toEqual([
    'open-loops',
    'first-task',
    'review',
    'reflection',
  ])
})

test('a new step gets focus for its title; a step can be removed', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Ritual')
  await userEvent.click(screen.getByRole('button', { name: 'Add a step' }))
  const title = screen.getByLabelText('Step 5', { exact: true })
  await expect.element(title).toHaveFocus()
  await userEvent.fill(title, 'Close the laptop lid')
  await userEvent.click(screen.getByRole('button', { name: 'Remove “Park your open loops”' }))
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(screen.getByText('Saved.')).toBeVisible()
  const steps = api.saveSettings.mock.lastCall?.[0].ritualSteps ?? []
  expect(steps.map((step) => step.title)).toEqual([
    'Review what got done today',
    "Choose tomorrow's first task",
    'One question to end on',
    'Close the laptop lid',
  ])
  expect(steps[3]).toMatchObject({ kind: 'custom', skippable: true })
})

test('an empty step title is named next to it', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'Ritual')
  const title = screen.getByLabelText('Step 2', { exact: true })
  await userEvent.fill(title, '   ')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expect.element(title).toHaveAttribute('aria-invalid', 'true')
  await expect
    .element(screen.getByRole('alert').filter({ hasText: 'Give the step a title.' }))
    .toBeVisible()
  expect(api.saveSettings).not.toHaveBeenCalled()
})
