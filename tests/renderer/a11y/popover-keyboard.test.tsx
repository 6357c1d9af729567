// The popover by keyboard alone: the controls work from the keys (window-states.test.tsx walks every state with Tab).
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import '../../../src/renderer/src/styles.css'
import { resetPage } from './axe'
import { POPOVER_STATES } from './popover-states'
import { openState } from './window-states'

afterEach(resetPage)

const opened = (state: string) => openState('popover', POPOVER_STATES, state)

describe('the keys work the controls', () => {
  test('arrows choose on each scale, Tab moves between them, Enter saves', async () => {
    const { fake, screen } = await opened('before the end, with earlier check-ins')
    await expect.element(screen.getByRole('radio', { name: '1, Running on empty' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}')
    await expect.element(screen.getByRole('radio', { name: '2, Low' })).toBeChecked()
    await userEvent.tab()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    await expect.element(screen.getByRole('radio', { name: '3, Partly' })).toBeChecked()
    await userEvent.tab()
    await userEvent.keyboard('Quiet afternoon{Enter}')
    await expect
      .poll(() => fake.callsTo('checkIn'))
      .toEqual([{ energy: 2, alignment: 3, note: 'Quiet afternoon' }])
  })

  test('Enter opens staying late, Esc closes it and focus goes back to the top', async () => {
    const { screen } = await opened('winding down')
    const stayLate = screen.getByRole('button', { name: 'Staying late…' })
    stayLate.element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(stayLate).toHaveAttribute('aria-expanded', 'true')
    await expect.element(screen.getByLabelText('Until')).toHaveFocus()
    // The time takes a Tab per part; go straight on to the reason.
    screen.getByLabelText('Why').element().focus()
    await userEvent.keyboard('{ArrowDown}')
    await expect.element(screen.getByLabelText('Why')).toHaveValue('meeting')
    await userEvent.keyboard('{Escape}')
    await expect.element(screen.getByLabelText('Until')).not.toBeInTheDocument()
    await expect.element(stayLate).toHaveAttribute('aria-expanded', 'false')
    await expect.element(screen.getByRole('radio', { name: '1, Running on empty' })).toHaveFocus()
  })

  test('Space asks about a day off; Space on "Keep today" keeps it, Enter on "Yes" makes it one', async () => {
    const { fake, screen } = await opened('before the end, with earlier check-ins')
    const dayOff = screen.getByRole('button', { name: 'Day off' })
    dayOff.element().focus()
    await userEvent.keyboard(' ')
    await expect.element(screen.getByRole('button', { name: 'Yes, a day off' })).toHaveFocus()
    await userEvent.tab()
    await userEvent.keyboard(' ')
    await expect.element(screen.getByRole('button', { name: 'Keep today' })).not.toBeInTheDocument()
    dayOff.element().focus()
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('status')).toHaveTextContent('Today is a day off.')
    expect(fake.callsTo('declareDayOff')).toHaveLength(1)
  })

  test('the next morning: Enter on "No, correct it" opens the time, typed digits and Enter save it', async () => {
    const { fake, screen } = await opened('the next-morning confirmation')
    await expect.element(screen.getByRole('button', { name: "Yes, that's right" })).toHaveFocus()
    await userEvent.tab()
    await userEvent.keyboard('{Enter}')
    const time = screen.getByLabelText('I left at')
    await expect.element(time).toHaveFocus()
    await userEvent.keyboard('0515P{Enter}')
    await expect
      .poll(() => fake.callsTo('correctLeave'))
      .toEqual([{ date: '2026-11-23', leftAt: '17:15' }])
  })

  test('snooze, the ritual, the month and settings answer Enter', async () => {
    const { fake, screen } = await opened('past the end, prompting, with an undelivered reminder')
    for (const name of ['Start ritual', 'This month', 'Settings']) {
      screen.getByRole('button', { name }).element().focus()
      await userEvent.keyboard('{Enter}')
    }
    expect(fake.callsTo('openView')).toEqual([
      { view: 'ritual' },
      { view: 'month' },
      { view: 'settings' },
    ])
    screen
      .getByRole('button', { name: /^Snooze/ })
      .element()
      .focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('status')).toMatchTextContent(/^Quiet for/)
  })
})
