// Every screen of the shutdown ritual, each reached by the user's own steps, for the accessibility tests.
import { expect } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core'
import { RitualView } from '../../../src/renderer/src/views/ritual/ritual-view'
import { installFakeSundown, type FakeOptions, type Happening } from '../support/fake-sundown'

const TUESDAY = '2026-11-24'
const FRIDAY = '2026-11-27'
const morning: Happening[] = [{ type: 'app-started', time: '09:00' }]
const workday = (left: string): Happening[] => [
  ...morning,
  { type: 'ritual-completed', time: left },
]

/** The default steps plus one of the custom kind that cannot be skipped. */
const withCustomStep: Settings = {
  ...DEFAULT_SETTINGS,
  ritualSteps: [
    ...DEFAULT_SETTINGS.ritualSteps,
    { id: 'inbox', kind: 'custom', title: 'Empty the inbox', skippable: false },
  ],
}

async function open(options: Partial<FakeOptions> = {}) {
  const date = options.date ?? TUESDAY
  const fake = installFakeSundown({
    date,
    time: '17:20',
    days: { [date]: morning },
    settings: withCustomStep,
    ...options,
  })
  const screen = await render(<RitualView />)
  await expect.element(screen.getByRole('heading', { level: 1 })).toBeVisible()
  return { fake, screen }
}

type Opened = Awaited<ReturnType<typeof open>>

/** Skips (or, for a step that cannot be skipped, answers) until the step titled `title` shows. */
async function skipTo({ screen }: Opened, title: string): Promise<void> {
  const shown = () => screen.getByRole('heading', { level: 2 }).element().textContent
  while (shown() !== title) {
    const before = shown()
    const skip = screen.getByRole('button', { name: 'Skip' })
    if (skip.query()) await userEvent.click(skip)
    else {
      await userEvent.fill(screen.getByRole('textbox'), 'Done')
      await userEvent.click(screen.getByRole('button', { name: 'Next' }))
    }
    await expect.poll(shown).not.toBe(before)
  }
}

/** Opens the ritual and moves to the step titled `title`. */
const at =
  (title: string, options: Partial<FakeOptions> = {}) =>
  async (): Promise<Opened> => {
    const opened = await open(options)
    await skipTo(opened, title)
    return opened
  }

/** The screens by name; each resolves once the screen is showing. */
export const RITUAL_STATES: Record<string, () => Promise<Opened>> = {
  'the review step, with a draft': async () => {
    const opened = await open()
    await userEvent.keyboard('Shipped the tray menu')
    return opened
  },
  'the open-loops step': at('Park your open loops'),
  'the first-task step': at("Choose tomorrow's first task"),
  'the reflection step': at('One question to end on'),
  'a custom step that asks for an answer': async () => {
    const opened = await at('Empty the inbox')()
    await userEvent.click(opened.screen.getByRole('button', { name: 'Next' }))
    await expect.element(opened.screen.getByRole('alert')).toBeVisible()
    return opened
  },
  'an answer the main process refused': async () => {
    const opened = await open()
    opened.fake.refuseNext('answerRitualStep', {
      code: 'fields',
      errors: [{ field: 'answer', problem: { code: 'text-too-long', max: 2000 } }],
    })
    await userEvent.keyboard('Shipped the tray menu')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Next' }))
    await expect
      .element(opened.screen.getByRole('alert'))
      .toHaveTextContent('Keep it under 2,000 characters.')
    return opened
  },
  'staying late instead, with a refused time': async () => {
    const opened = await open()
    await userEvent.click(opened.screen.getByRole('button', { name: /Stay late…$/ }))
    await userEvent.fill(opened.screen.getByLabelText('Until'), '17:00')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Stay late' }))
    await expect.element(opened.screen.getByRole('alert')).toBeVisible()
    return opened
  },
  "Friday's weekly step": async () => {
    const opened = await at('Your week', {
      date: FRIDAY,
      days: {
        '2026-11-23': workday('17:25'),
        '2026-11-24': workday('17:35'),
        '2026-11-25': workday('18:40'),
        [FRIDAY]: morning,
      },
    })()
    await expect.element(opened.screen.getByText('2 of 3 days ended on time.')).toBeVisible()
    return opened
  },
  'the last step': at('Shutdown complete'),
  'the last step, refused': async () => {
    const opened = await at('Shutdown complete')()
    opened.fake.refuseNext('completeRitual', { code: 'failed' })
    await userEvent.click(opened.screen.getByRole('button', { name: 'Shutdown complete' }))
    await expect.element(opened.screen.getByRole('alert')).toBeVisible()
    return opened
  },
  'done for today, a little late': async () => {
    const opened = await open({
      time: '18:10',
      days: {
        [TUESDAY]: [
          ...morning,
          {
            type: 'ritual-answer',
            time: '17:50',
            stepId: 'first-task',
            answer: 'Call the printer',
          },
          { type: 'ritual-completed', time: '17:58' },
        ],
      },
    })
    await expect
      .element(opened.screen.getByRole('heading', { name: 'Done for today' }))
      .toBeVisible()
    return opened
  },
  'today could not be read': async () => {
    const fake = installFakeSundown({ date: TUESDAY, time: '17:20' })
    Object.assign(window.sundown, { getToday: () => Promise.reject(new Error('unreadable')) })
    const screen = await render(<RitualView />)
    await expect.element(screen.getByRole('alert')).toBeVisible()
    return { fake, screen }
  },
}
