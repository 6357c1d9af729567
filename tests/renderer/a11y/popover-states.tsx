// Every state the popover can be in, each reached the way a user gets there, for the accessibility tests.
import { expect } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { ViewErrorBoundary } from '../../../src/renderer/src/view-error-boundary'
import { PopoverView } from '../../../src/renderer/src/views/popover/popover-view'
import {
  installFakeSundown,
  instantOf,
  type FakeOptions,
  type Happening,
} from '../support/fake-sundown'
import { withLaunchSeason } from '../support/launch-season'

const TUESDAY = '2026-11-24'
const MONDAY = '2026-11-23'
const SATURDAY = '2026-11-28'
const morning: Happening[] = [{ type: 'app-started', time: '09:00' }]

/** Monday ended with a screen lock and a ritual's answers: Tuesday morning asks about it. */
const yesterdayLocked = {
  date: TUESDAY,
  time: '08:55',
  days: {
    [MONDAY]: [
      ...morning,
      { type: 'ritual-answer', time: '17:20', stepId: 'first-task', answer: 'Write the notes' },
      { type: 'ritual-answer', time: '17:21', stepId: 'open-loops', answer: 'Call Sam\nPR #12' },
      { type: 'away', reason: 'lock', time: '17:42' },
    ],
    [TUESDAY]: [{ type: 'app-started', time: '08:50' }],
  },
} satisfies FakeOptions

async function open(options: Partial<FakeOptions> & { time: string }) {
  const fake = installFakeSundown({
    date: TUESDAY,
    days: { [options.date ?? TUESDAY]: morning },
    settings: withLaunchSeason,
    ...options,
  })
  const screen = await render(<PopoverView />)
  await expect.element(screen.getByRole('heading', { level: 1 })).toBeVisible()
  return { fake, screen }
}

type Opened = Awaited<ReturnType<typeof open>>

/** The states by name; each resolves once the state is on screen. */
export const POPOVER_STATES: Record<string, () => Promise<Opened>> = {
  'before the end, with earlier check-ins': () =>
    open({
      time: '14:00',
      days: {
        [TUESDAY]: [
          ...morning,
          { type: 'check-in', time: '10:00', energy: 4, alignment: 3, note: 'fresh' },
          { type: 'check-in', time: '13:30', energy: 2, alignment: 4, note: '' },
        ],
      },
    }),
  'winding down': () => open({ time: '17:18' }),
  'past the end, prompting, with an undelivered reminder': () =>
    open({
      time: '18:05',
      undeliveredPrompt: true,
      days: {
        [TUESDAY]: [
          ...morning,
          {
            type: 'prompt-shown',
            time: '17:30',
            prompt: 'end',
            forEndAt: instantOf(TUESDAY, '17:30'),
            delivered: false,
          },
        ],
      },
    }),
  'staying late, past the new end': () =>
    open({
      time: '18:20',
      days: {
        [TUESDAY]: [
          ...morning,
          {
            type: 'staying-late',
            time: '17:10',
            untilAt: instantOf(TUESDAY, '18:00'),
            reason: 'deadline',
            note: 'release notes',
          },
        ],
      },
    }),
  'done for the day': () =>
    open({
      time: '17:40',
      days: {
        [TUESDAY]: [
          ...morning,
          { type: 'ritual-started', time: '17:25' },
          { type: 'ritual-completed', time: '17:34' },
        ],
      },
    }),
  'a day off': () => open({ date: SATURDAY, time: '11:00' }),
  'asking to make today a day off': async () => {
    const opened = await open({ time: '10:00' })
    await userEvent.click(opened.screen.getByRole('button', { name: 'Day off' }))
    await expect
      .element(opened.screen.getByRole('button', { name: 'Yes, a day off' }))
      .toBeVisible()
    return opened
  },
  'a day off just declared': async () => {
    const opened = await open({ time: '10:00' })
    await userEvent.click(opened.screen.getByRole('button', { name: 'Day off' }))
    await userEvent.click(opened.screen.getByRole('button', { name: 'Yes, a day off' }))
    await expect.element(opened.screen.getByRole('status')).toHaveTextContent('Today is a day off.')
    return opened
  },
  'the next-morning confirmation': async () => {
    const opened = await open(yesterdayLocked)
    await expect.element(opened.screen.getByRole('heading', { name: 'Yesterday' })).toBeVisible()
    return opened
  },
  'correcting the leave time, refused': async () => {
    const opened = await open(yesterdayLocked)
    await userEvent.click(opened.screen.getByRole('button', { name: 'No, correct it' }))
    opened.fake.refuseNext('correctLeave', {
      code: 'fields',
      errors: [
        { field: 'leftAt', problem: { code: 'not-passed', time: '09:00', date: '2026-11-23' } },
      ],
    })
    await userEvent.fill(opened.screen.getByLabelText('I left at'), '09:00')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save' }))
    await expect.element(opened.screen.getByRole('alert')).toBeVisible()
    return opened
  },
  'staying late, with a refused time': async () => {
    const opened = await open({ time: '17:20' })
    await userEvent.click(opened.screen.getByRole('button', { name: 'Staying late…' }))
    await userEvent.fill(opened.screen.getByLabelText('Until'), '17:00')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Stay late' }))
    await expect.element(opened.screen.getByRole('alert')).toBeVisible()
    return opened
  },
  'a check-in missing its choices': async () => {
    const opened = await open({ time: '14:00' })
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save check-in' }))
    await expect.element(opened.screen.getByText('Pick how aligned today feels.')).toBeVisible()
    return opened
  },
  'a check-in refused by main': async () => {
    const opened = await open({ time: '14:00' })
    opened.fake.refuseNext('checkIn', {
      code: 'fields',
      errors: [
        { field: 'note', problem: { code: 'text-too-long', max: 500 } },
        { field: 'mood', problem: { code: 'invalid' } },
      ],
    })
    await userEvent.click(opened.screen.getByRole('radio', { name: '3, Steady' }))
    await userEvent.click(opened.screen.getByRole('radio', { name: '4, Mostly' }))
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save check-in' }))
    await expect.element(opened.screen.getByText('Keep it under 500 characters.')).toBeVisible()
    return opened
  },
  'a check-in just saved': async () => {
    const opened = await open({ time: '14:00' })
    await userEvent.click(opened.screen.getByRole('radio', { name: '3, Steady' }))
    await userEvent.click(opened.screen.getByRole('radio', { name: '4, Mostly' }))
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save check-in' }))
    await expect.element(opened.screen.getByRole('status')).toMatchTextContent(/Checked in at/)
    return opened
  },
  'today could not be read': async () => {
    const fake = installFakeSundown({ date: TUESDAY, time: '17:20' })
    Object.assign(window.sundown, { getToday: () => Promise.reject(new Error('unreadable')) })
    const screen = await render(<PopoverView />)
    await expect.element(screen.getByRole('alert')).toBeVisible()
    return { fake, screen }
  },
  // The shell's error boundary stands in for any window whose view throws.
  'a view that failed to render': async () => {
    const fake = installFakeSundown({ date: TUESDAY, time: '17:20' })
    const Broken = () => {
      throw new Error('boom')
    }
    const screen = await render(
      <ViewErrorBoundary>
        <Broken />
      </ViewErrorBoundary>,
    )
    await expect.element(screen.getByRole('alert')).toBeVisible()
    return { fake, screen }
  },
}
