// The month window by keyboard alone: the keys reach and work its days, its table and its review (window-states.test.tsx walks every state with Tab).
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import '../../../src/renderer/src/styles.css'
import { resetPage } from './axe'
import { MONTH_STATES } from './month-states'
import { openState } from './window-states'

afterEach(resetPage)

const opened = (state: string) => openState('month', MONTH_STATES, state)

const day = (date: string) => new RegExp(`^\\w+, ${date}:`)

describe('the keys reach and work the month', () => {
  test('Enter on a day takes focus to its leave time; typed and Enter, it is corrected', async () => {
    const { api, screen } = await opened('a full month with every status')
    const fifth = screen.getByRole('button', { name: day('November 5, 2026') })
    fifth.element().focus()
    await expect.element(fifth).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('{Enter}')
    const time = screen.getByLabelText('When did you leave on Thursday, November 5, 2026?')
    await expect.element(time).toHaveFocus()
    await userEvent.keyboard('0605P{Enter}')
    await expect.element(screen.getByText('Saved. The month now uses your time.')).toBeVisible()
    expect(api.correctLeave).toHaveBeenCalledWith({ date: '2026-11-05', leftAt: '18:05' })
  })

  test('Space on a day with nothing to correct takes focus to its detail', async () => {
    const { screen } = await opened('a full month with every status')
    screen
      .getByRole('button', { name: day('November 16, 2026') })
      .element()
      .focus()
    await userEvent.keyboard(' ')
    await expect
      .element(screen.getByRole('region', { name: 'Monday, November 16, 2026' }))
      .toHaveFocus()
  })

  test('Tab from a day moves on to the next day, and shows it', async () => {
    const { screen } = await opened('a full month with every status')
    screen
      .getByRole('button', { name: day('November 5, 2026') })
      .element()
      .focus()
    await userEvent.tab()
    await expect
      .element(screen.getByRole('button', { name: day('November 6, 2026') }))
      .toHaveFocus()
    await expect
      .element(screen.getByRole('region', { name: 'Friday, November 6, 2026' }))
      .toBeVisible()
  })

  test('Enter opens the table and closes it again', async () => {
    const { screen } = await opened('a full month with every status')
    const summary = screen.getByText('Show the days as a table')
    summary.element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('table')).toBeVisible()
    await userEvent.keyboard(' ')
    await expect.element(screen.getByRole('table')).not.toBeInTheDocument()
  })

  test('the review: typed, then Tab to Save and Enter', async () => {
    const { api, screen } = await opened('the month-end review, left empty')
    screen.getByRole('textbox').element().focus()
    await userEvent.keyboard('Keep Fridays short.')
    await userEvent.tab()
    await expect.element(screen.getByRole('button', { name: 'Save review' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByText('Saved.', { exact: true })).toBeVisible()
    expect(api.saveMonthReview).toHaveBeenCalledWith({
      month: '2026-11',
      answer: 'Keep Fridays short.',
    })
  })
})
