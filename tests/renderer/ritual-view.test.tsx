// The shutdown ritual in real Chromium against the real day service: steps, skipping, closing half-way, completion, Fridays.
import { describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { DEFAULT_SETTINGS, type Settings } from '../../src/core'
import {
  reflectionQuestionFor,
  weeklyQuestionFor,
} from '../../src/renderer/src/views/ritual/reflection-question'
import { RitualView } from '../../src/renderer/src/views/ritual/ritual-view'
import {
  installFakeSundown,
  shownClock,
  type FakeOptions,
  type Happening,
} from './support/fake-sundown'
import { en } from '../../src/shared/messages/en'

const TUESDAY = '2026-11-24'
const FRIDAY = '2026-11-27'

async function openRitual(options: Partial<FakeOptions> = {}) {
  const date = options.date ?? TUESDAY
  const fake = installFakeSundown({
    date,
    time: '17:20',
    days: { [date]: [{ type: 'app-started', time: '09:00' }] },
    ...options,
  })
  const screen = await render(<RitualView />)
  return { fake, screen }
}

const stepHeading = (screen: Awaited<ReturnType<typeof openRitual>>['screen']) =>
  screen.getByRole('heading', { level: 2 })

describe('one step at a time', () => {
  test('opening starts the ritual and shows the first step, ready to type', async () => {
    const { fake, screen } = await openRitual()
    await expect.element(stepHeading(screen)).toHaveTextContent('Review what got done today')
    await expect.element(screen.getByText('Step 1 of 5')).toBeVisible()
    await expect.element(screen.getByRole('textbox')).toHaveFocus()
    await expect.poll(() => fake.callsTo('startRitual')).toHaveLength(1)
  })

  test('each answer is saved on moving on; Skip saves nothing', async () => {
    const { fake, screen } = await openRitual()
    await userEvent.keyboard('Shipped the tray menu')
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    await expect.element(stepHeading(screen)).toHaveTextContent('Park your open loops')
    await expect.element(screen.getByText('Step 2 of 5')).toBeVisible()
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await expect.element(stepHeading(screen)).toHaveTextContent("Choose tomorrow's first task")
    await userEvent.keyboard('Write the release notes{Control>}{Enter}{/Control}')
    await expect.element(stepHeading(screen)).toHaveTextContent('One question to end on')
    expect(fake.callsTo('answerRitualStep')).toEqual([
      { stepId: 'review', answer: 'Shipped the tray menu' },
      { stepId: 'first-task', answer: 'Write the release notes' },
    ])
  })

  test('Back returns to a step with its answer still there', async () => {
    const { screen } = await openRitual()
    await userEvent.keyboard('Fixed the build')
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    await userEvent.click(screen.getByRole('button', { name: 'Back' }))
    await expect.element(screen.getByRole('textbox')).toHaveValue('Fixed the build')
  })

  test('the reflection step asks the question of the day', async () => {
    const { screen } = await openRitual()
    for (let step = 0; step < 3; step++) {
      await userEvent.click(screen.getByRole('button', { name: 'Skip' }))
    }
    const question = reflectionQuestionFor(TUESDAY, en)
    expect(en.ritual.reflectionQuestions).toContain(question)
    await expect.element(screen.getByText(question)).toBeVisible()
    await expect.element(screen.getByRole('textbox')).toHaveAccessibleDescription(question)
  })

  test('a step that cannot be skipped asks for an answer first', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      ritualSteps: [{ id: 'inbox', kind: 'custom', title: 'Empty the inbox', skippable: false }],
    }
    const { fake, screen } = await openRitual({ settings })
    await expect.element(screen.getByRole('button', { name: 'Skip' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    await expect
      .element(screen.getByRole('textbox'))
      .toHaveAccessibleDescription(`${en.ritual.hint.custom} ${en.ritual.required}`)
    expect(fake.callsTo('answerRitualStep')).toEqual([])
  })
})

describe('closing half-way', () => {
  test('Esc saves the step being written and closes; reopening resumes after the saved answers', async () => {
    const { fake, screen } = await openRitual()
    await userEvent.keyboard('Reviewed two PRs')
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    await expect.element(stepHeading(screen)).toHaveTextContent('Park your open loops')
    await userEvent.keyboard('Reply to Ana')
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => fake.callsTo('closeView')).toEqual([{ view: 'ritual' }])
    expect(fake.callsTo('answerRitualStep')).toEqual([
      { stepId: 'review', answer: 'Reviewed two PRs' },
      { stepId: 'open-loops', answer: 'Reply to Ana' },
    ])
    await screen.unmount()

    const again = await render(<RitualView />)
    await expect.element(again.getByText('Step 3 of 5')).toBeVisible()
    await expect.element(stepHeading(again)).toHaveTextContent("Choose tomorrow's first task")
    await userEvent.click(again.getByRole('button', { name: 'Back' }))
    await expect.element(again.getByRole('textbox')).toHaveValue('Reply to Ana')
    expect(fake.answersOf(TUESDAY)).toHaveLength(2)
  })
})

test('closing the window with its own button keeps the step being written', async () => {
  const { fake, screen } = await openRitual()
  await expect.element(screen.getByRole('textbox')).toHaveFocus()
  await userEvent.keyboard('Half a thought')
  window.dispatchEvent(new PageTransitionEvent('pagehide'))
  await expect
    .poll(() => fake.callsTo('answerRitualStep'))
    .toEqual([{ stepId: 'review', answer: 'Half a thought' }])
})

describe('shutdown complete', () => {
  test('the last step completes the ritual and shows when the user left', async () => {
    const { fake, screen } = await openRitual({ time: '17:25' })
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await userEvent.keyboard('Call the printer people')
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await expect.element(screen.getByText('Step 5 of 5')).toBeVisible()
    const finish = screen.getByRole('button', { name: 'Shutdown complete' })
    await expect.element(finish).toHaveFocus()
    await userEvent.click(finish)
    await expect.element(screen.getByRole('heading', { name: 'Done for today' })).toBeVisible()
    await expect
      .element(screen.getByText(`You left at ${shownClock(TUESDAY, '17:25')}. Right on time.`))
      .toBeVisible()
    await expect
      .element(screen.getByText('Tomorrow starts with: Call the printer people'))
      .toBeVisible()
    expect(fake.callsTo('completeRitual')).toHaveLength(1)
    await userEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(fake.callsTo('closeView')).toEqual([{ view: 'ritual' }])
  })

  test('a ritual already completed today opens on the closing screen without starting again', async () => {
    const { fake, screen } = await openRitual({
      time: '17:50',
      days: {
        [TUESDAY]: [
          { type: 'app-started', time: '09:00' },
          { type: 'ritual-completed', time: '17:31' },
        ],
      },
    })
    await expect.element(screen.getByRole('heading', { name: 'Done for today' })).toBeVisible()
    expect(fake.callsTo('startRitual')).toEqual([])
  })
})

describe('on Fridays', () => {
  const workday = (left: string): Happening[] => [
    { type: 'app-started', time: '09:00' },
    { type: 'ritual-completed', time: left },
  ]

  test("a weekly question joins the ritual, with the week's on-time count", async () => {
    const { fake, screen } = await openRitual({
      date: FRIDAY,
      days: {
        '2026-11-23': workday('17:25'),
        '2026-11-24': workday('17:35'),
        '2026-11-25': workday('18:40'),
        '2026-11-26': workday('17:30'),
        [FRIDAY]: [{ type: 'app-started', time: '09:00' }],
      },
    })
    await expect.element(screen.getByText('Step 1 of 6')).toBeVisible()
    for (let step = 0; step < 4; step++) {
      await userEvent.click(screen.getByRole('button', { name: 'Skip' }))
    }
    await expect.element(stepHeading(screen)).toHaveTextContent('Your week')
    await expect.element(screen.getByText(weeklyQuestionFor(FRIDAY, en))).toBeVisible()
    await expect.element(screen.getByText('3 of 4 days ended on time.')).toBeVisible()
    expect(fake.callsTo('getMonth')).toEqual([{ month: '2026-11' }])
    await userEvent.keyboard('More evenings than last week')
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    expect(fake.callsTo('answerRitualStep')).toEqual([
      { stepId: 'weekly-review', answer: 'More evenings than last week' },
    ])
  })

  test('a week that began last month reads both months', async () => {
    const { fake, screen } = await openRitual({ date: '2027-01-01' })
    await expect.element(screen.getByText('Step 1 of 6')).toBeVisible()
    await expect
      .poll(() => fake.callsTo('getMonth'))
      .toEqual([{ month: '2026-12' }, { month: '2027-01' }])
  })

  test('other days have no weekly step', async () => {
    const { fake, screen } = await openRitual()
    await expect.element(screen.getByText('Step 1 of 5')).toBeVisible()
    expect(fake.callsTo('getMonth')).toEqual([])
  })
})

describe('not done yet', () => {
  test('staying late from the ritual records planned overtime and closes the window, answers kept', async () => {
    const { fake, screen } = await openRitual()
    await userEvent.keyboard('Half of the release notes')
    await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    await userEvent.click(screen.getByRole('button', { name: en.ritual.stayLateInstead }))
    const until = screen.getByLabelText(/until|new end/i)
    await userEvent.clear(until)
    await userEvent.type(until, '19:00')
    await userEvent.click(screen.getByRole('button', { name: /stay late|save/i }))
    await expect.poll(() => fake.callsTo('stayLate')).toHaveLength(1)
    expect(fake.callsTo('stayLate')[0]).toMatchObject({ until: '19:00', reason: 'deadline' })
    expect(fake.callsTo('closeView')).toEqual([{ view: 'ritual' }])
    expect(fake.callsTo('answerRitualStep')).toEqual([
      { stepId: 'review', answer: 'Half of the release notes' },
    ])
    expect(fake.callsTo('completeRitual')).toEqual([])
  })
})
