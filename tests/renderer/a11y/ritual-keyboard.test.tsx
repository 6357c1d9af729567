// The ritual by keyboard alone: the keys move through it (window-states.test.tsx walks every screen with Tab).
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import '../../../src/renderer/src/styles.css'
import { resetPage } from './axe'
import { RITUAL_STATES } from './ritual-states'
import { openState } from './window-states'

afterEach(resetPage)

const opened = (state: string) => openState('ritual', RITUAL_STATES, state)

describe('the keys move through the ritual', () => {
  test('type, Ctrl+Enter on; Tab to Skip and Enter; Tab to Back and Space', async () => {
    const { fake, screen } = await opened('the review step, with a draft')
    const heading = screen.getByRole('heading', { level: 2 })
    await expect.element(screen.getByRole('textbox')).toHaveFocus()
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    await expect.element(heading).toHaveTextContent('Park your open loops')
    await expect.element(screen.getByRole('textbox')).toHaveFocus()
    await userEvent.tab()
    await userEvent.tab()
    await expect.element(screen.getByRole('button', { name: 'Skip' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(heading).toHaveTextContent("Choose tomorrow's first task")
    screen.getByRole('button', { name: 'Back' }).element().focus()
    await userEvent.keyboard(' ')
    await expect.element(heading).toHaveTextContent('Park your open loops')
    expect(fake.callsTo('answerRitualStep')).toEqual([
      { stepId: 'review', answer: 'Shipped the tray menu' },
    ])
  })

  test('Tab then Enter on Next saves the answer and moves on', async () => {
    const { fake, screen } = await opened('the open-loops step')
    await userEvent.keyboard('Call Sam')
    screen.getByRole('button', { name: 'Next' }).element().focus()
    await userEvent.keyboard('{Enter}')
    await expect
      .element(screen.getByRole('heading', { level: 2 }))
      .toHaveTextContent("Choose tomorrow's first task")
    expect(fake.callsTo('answerRitualStep')).toEqual([{ stepId: 'open-loops', answer: 'Call Sam' }])
  })

  test('Enter on "Stay late…" opens its form; Esc closes it and focus returns to the link', async () => {
    const { fake, screen } = await opened('the open-loops step')
    const link = screen.getByRole('button', { name: /Stay late…$/ })
    link.element().focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByLabelText('Until')).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect.element(screen.getByLabelText('Until')).not.toBeInTheDocument()
    await expect.element(link).toHaveFocus()
    expect(fake.callsTo('closeView')).toEqual([])
  })

  test('the last step: focus waits on "Shutdown complete"; Enter finishes, Enter on Close closes', async () => {
    const { fake, screen } = await opened('the last step')
    await expect.element(screen.getByRole('button', { name: 'Shutdown complete' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    expect(fake.callsTo('completeRitual')).toHaveLength(1)
    expect(fake.callsTo('closeView')).toEqual([{ view: 'ritual' }])
  })
})
