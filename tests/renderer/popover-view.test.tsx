// The popover in real Chromium against the real day service: countdown states, keyboard check-in, Esc, staying late, the next-morning question.
import { afterEach, describe, expect, test, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { PopoverView } from '../../src/renderer/src/views/popover/popover-view'
import { installFakeSundown, shownClock, type FakeOptions } from './support/fake-sundown'
import { LAUNCH_INTENTION, withLaunchSeason } from './support/launch-season'

const TUESDAY = '2026-11-24'
const MONDAY = '2026-11-23'
const SATURDAY = '2026-11-28'
const morning = [{ type: 'app-started', time: '09:00' }] as const

async function openPopover(options: Partial<FakeOptions> & { time: string }) {
  const fake = installFakeSundown({
    date: TUESDAY,
    days: { [options.date ?? TUESDAY]: [...morning] },
    ...options,
  })
  const screen = await render(<PopoverView />)
  return { fake, screen }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the countdown reads where the day stands', () => {
  test('before the end: the end and the time left', async () => {
    const { screen } = await openPopover({ time: '16:18' })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent(`Ends ${shownClock(TUESDAY, '17:30')} · in 1 h 12 min`)
  })

  test('inside the heads-up window: wind down', async () => {
    const { screen } = await openPopover({ time: '17:18' })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Wind down — 12 min left')
  })

  test('past the end, still at the desk: minutes past', async () => {
    const { screen } = await openPopover({ time: '18:05' })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent(`35 min past ${shownClock(TUESDAY, '17:30')}`)
  })

  test('after the ritual: when the user left, and that it was on time', async () => {
    const { screen } = await openPopover({
      time: '17:40',
      days: {
        [TUESDAY]: [
          ...morning,
          { type: 'ritual-started', time: '17:25' },
          { type: 'ritual-completed', time: '17:34' },
        ],
      },
    })
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent(`Left ${shownClock(TUESDAY, '17:34')} — on time`)
    await expect
      .element(screen.getByRole('button', { name: 'Start ritual' }))
      .not.toBeInTheDocument()
  })

  test('on a Saturday: day off, with nothing to end', async () => {
    const { screen } = await openPopover({ date: SATURDAY, time: '11:00' })
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Day off')
    await expect
      .element(screen.getByRole('button', { name: 'Staying late…' }))
      .not.toBeInTheDocument()
  })

  test('the clock ticks on the minute without asking main again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(new Date('2026-11-24T15:18:00Z'))
    const { fake, screen } = await openPopover({ time: '16:18' })
    const heading = screen.getByRole('heading', { level: 1 })
    await expect.element(heading).toMatchTextContent(/in 1 h 12 min/)
    await vi.advanceTimersByTimeAsync(60_000)
    await expect.element(heading).toMatchTextContent(/in 1 h 11 min/)
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    await expect.element(heading).toHaveTextContent('Wind down — 11 min left')
    expect(fake.callsTo('getToday')).toHaveLength(1)
  })

  test("a push from main replaces today's state", async () => {
    const { fake, screen } = await openPopover({ time: '16:18' })
    const heading = screen.getByRole('heading', { level: 1 })
    await expect.element(heading).toMatchTextContent(/in 1 h 12 min/)
    fake.setTime(TUESDAY, '17:20')
    fake.push()
    await expect.element(heading).toHaveTextContent('Wind down — 10 min left')
  })
})

describe('the header tells the plan', () => {
  test("the season's intention shows when one is set", async () => {
    const { screen } = await openPopover({ time: '10:00', settings: withLaunchSeason })
    await expect.element(screen.getByText(LAUNCH_INTENTION)).toBeVisible()
    await expect.element(screen.getByText('Launch', { exact: true })).toBeVisible()
  })

  test('a prompt that could not be delivered gets a quiet notice', async () => {
    const { screen } = await openPopover({ time: '17:40', undeliveredPrompt: true })
    await expect.element(screen.getByRole('note')).toMatchTextContent(/could not be shown/)
  })
})

describe('checking in by keyboard alone', () => {
  test('focus starts on the first choice; arrows choose, Tab moves on, Enter saves', async () => {
    const { fake, screen } = await openPopover({ time: '14:00' })
    await expect.element(screen.getByRole('radio', { name: '1, Running on empty' })).toHaveFocus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    await expect.element(screen.getByRole('radio', { name: '3, Steady' })).toBeChecked()
    await userEvent.tab()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    await expect.element(screen.getByRole('radio', { name: '4, Mostly' })).toBeChecked()
    await userEvent.keyboard('{Enter}')
    await expect
      .poll(() => fake.callsTo('checkIn'))
      .toEqual([{ energy: 3, alignment: 4, note: '' }])
    await expect.element(screen.getByRole('status')).toMatchTextContent(/Checked in at/)
    await expect.element(screen.getByRole('radio', { name: '3, Steady' })).not.toBeChecked()
  })

  test('the note goes along, and the check-in joins the earlier ones', async () => {
    const { fake, screen } = await openPopover({ time: '14:00' })
    await userEvent.keyboard('{ArrowRight}')
    await userEvent.tab()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}')
    await userEvent.tab()
    await userEvent.keyboard('Good focus after lunch{Enter}')
    await expect
      .poll(() => fake.callsTo('checkIn'))
      .toEqual([{ energy: 2, alignment: 5, note: 'Good focus after lunch' }])
    const earlier = screen.getByRole('region', { name: 'Earlier today' })
    await expect.element(earlier).toMatchTextContent('Energy 2/5 · alignment 5/5')
    await expect.element(earlier).toMatchTextContent('Good focus after lunch')
  })

  test('Enter with nothing chosen says what is missing next to each scale', async () => {
    const { fake, screen } = await openPopover({ time: '14:00' })
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByText('Pick how much energy you have.')).toBeVisible()
    await expect.element(screen.getByText('Pick how aligned today feels.')).toBeVisible()
    expect(fake.callsTo('checkIn')).toEqual([])
  })

  test('a check-in main failed to save (a bug there) says so and keeps what was chosen', async () => {
    const { fake, screen } = await openPopover({ time: '14:00' })
    fake.refuseNext('checkIn', { code: 'failed' })
    await userEvent.keyboard('{ArrowRight}')
    await userEvent.tab()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    await userEvent.tab()
    await userEvent.keyboard('Still here{Enter}')
    await expect.element(screen.getByText('That did not go through. Try again.')).toBeVisible()
    await expect.element(screen.getByRole('radio', { name: '2, Low' })).toBeChecked()
    await expect.element(screen.getByRole('textbox')).toHaveValue('Still here')
  })

  test('earlier check-ins are listed, newest first', async () => {
    const { screen } = await openPopover({
      time: '15:00',
      days: {
        [TUESDAY]: [
          ...morning,
          { type: 'check-in', time: '10:00', energy: 4, alignment: 3, note: 'fresh' },
          { type: 'check-in', time: '13:30', energy: 2, alignment: 4, note: '' },
        ],
      },
    })
    const items = screen.getByRole('region', { name: 'Earlier today' }).getByRole('listitem')
    await expect.element(items.first()).toMatchTextContent(shownClock(TUESDAY, '13:30'))
    await expect.element(items.last()).toMatchTextContent('fresh')
  })
})

describe('closing and quick actions', () => {
  test('Esc closes the popover', async () => {
    const { fake, screen } = await openPopover({ time: '14:00' })
    await expect.element(screen.getByRole('radio', { name: '1, Running on empty' })).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => fake.callsTo('closeView')).toEqual([{ view: 'popover' }])
  })

  test('the quick actions open the ritual, the month and settings', async () => {
    const { fake, screen } = await openPopover({ time: '17:20' })
    await userEvent.click(screen.getByRole('button', { name: 'Start ritual' }))
    await userEvent.click(screen.getByRole('button', { name: 'This month' }))
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }))
    await expect
      .poll(() => fake.callsTo('openView'))
      .toEqual([{ view: 'ritual' }, { view: 'month' }, { view: 'settings' }])
  })

  test('day off asks first, then makes it so', async () => {
    const { fake, screen } = await openPopover({ time: '10:00' })
    await userEvent.click(screen.getByRole('button', { name: 'Day off' }))
    await userEvent.click(screen.getByRole('button', { name: 'Yes, a day off' }))
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent('Day off — enjoy it')
    expect(fake.callsTo('declareDayOff')).toHaveLength(1)
  })
})

describe('staying late', () => {
  test("the main process's refusal shows next to the time, then a good time extends the day", async () => {
    const { fake, screen } = await openPopover({ time: '17:20' })
    await userEvent.click(screen.getByRole('button', { name: 'Staying late…' }))
    const until = screen.getByLabelText('Until')
    await expect.element(until).toHaveFocus()
    await userEvent.fill(until, '17:00')
    await userEvent.selectOptions(screen.getByLabelText('Why'), 'A meeting')
    await userEvent.click(screen.getByRole('button', { name: 'Stay late' }))
    const error = screen.getByText("Pick a time after today's end (17:30).")
    await expect.element(error).toBeVisible()
    await expect.element(until).toHaveAttribute('aria-invalid', 'true')
    await expect
      .element(until)
      .toHaveAccessibleDescription("Pick a time after today's end (17:30).")

    await userEvent.fill(until, '19:00')
    await userEvent.click(screen.getByRole('button', { name: 'Stay late' }))
    await expect
      .element(screen.getByRole('heading', { level: 1 }))
      .toHaveTextContent(`Ends ${shownClock(TUESDAY, '19:00')} · in 1 h 40 min`)
    await expect.element(screen.getByText(/Staying late until .* · A meeting/)).toBeVisible()
    expect(fake.callsTo('stayLate')).toEqual([
      { until: '17:00', reason: 'meeting', note: '' },
      { until: '19:00', reason: 'meeting', note: '' },
    ])
  })

  test('Esc inside the form closes the form, not the popover', async () => {
    const { fake, screen } = await openPopover({ time: '17:20' })
    await userEvent.click(screen.getByRole('button', { name: 'Staying late…' }))
    await expect.element(screen.getByLabelText('Until')).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect.element(screen.getByLabelText('Until')).not.toBeInTheDocument()
    expect(fake.callsTo('closeView')).toEqual([])
  })
})

describe('the next morning', () => {
  const yesterdayLocked = {
    date: TUESDAY,
    time: '08:55',
    days: {
      [MONDAY]: [
        { type: 'app-started', time: '09:00' },
        { type: 'ritual-answer', time: '17:20', stepId: 'first-task', answer: 'Write the notes' },
        { type: 'ritual-answer', time: '17:21', stepId: 'open-loops', answer: 'Call Sam\nPR #12' },
        { type: 'away', reason: 'lock', time: '17:42' },
      ],
      [TUESDAY]: [{ type: 'app-started', time: '08:50' }],
    },
  } satisfies FakeOptions

  test('asks about the lock time; Confirm answers it and the question goes away', async () => {
    const { fake, screen } = await openPopover(yesterdayLocked)
    await expect
      .element(
        screen.getByText(
          `You locked the screen at ${shownClock(MONDAY, '17:42')} — is that when you left?`,
        ),
      )
      .toBeVisible()
    await expect.element(screen.getByRole('heading', { name: 'Yesterday' })).toBeVisible()
    const confirm = screen.getByRole('button', { name: "Yes, that's right" })
    await expect.element(confirm).toHaveFocus()
    await userEvent.click(confirm)
    await expect.element(screen.getByRole('heading', { name: 'Yesterday' })).not.toBeInTheDocument()
    await expect.element(screen.getByRole('status')).toHaveTextContent('Thanks — noted.')
    expect(fake.callsTo('confirmLeave')).toEqual([{ date: MONDAY }])
  })

  test('Correct takes a time; a refusal shows next to it, then a good time is saved', async () => {
    const { fake, screen } = await openPopover(yesterdayLocked)
    await userEvent.click(screen.getByRole('button', { name: 'No, correct it' }))
    const time = screen.getByLabelText('I left at')
    await expect.element(time).toHaveValue('17:42')
    fake.refuseNext('correctLeave', {
      code: 'fields',
      errors: [
        { field: 'leftAt', problem: { code: 'not-passed', time: '09:00', date: '2026-11-23' } },
      ],
    })
    await userEvent.fill(time, '09:00')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await expect
      .element(time)
      .toHaveAccessibleDescription('09:00 is not a time on 2026-11-23 that has passed.')
    await userEvent.fill(time, '17:05')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await expect.element(screen.getByLabelText('I left at')).not.toBeInTheDocument()
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(`Noted: you left at ${shownClock(TUESDAY, '17:05')}.`)
    expect(fake.callsTo('correctLeave')).toEqual([
      { date: MONDAY, leftAt: '09:00' },
      { date: MONDAY, leftAt: '17:05' },
    ])
  })

  test("yesterday's first task and parked loops are at the top of the day", async () => {
    const { screen } = await openPopover(yesterdayLocked)
    const carried = screen.getByRole('region', { name: 'Carried over' })
    await expect.element(carried).toMatchTextContent('Write the notes')
    await expect.element(carried).toMatchTextContent('Call Sam')
  })

  test('a Monday asks about Friday by name', async () => {
    const friday = '2026-11-20'
    const { screen } = await openPopover({
      date: MONDAY,
      time: '09:10',
      days: {
        [friday]: [
          { type: 'app-started', time: '09:00' },
          { type: 'away', reason: 'suspend', time: '17:31' },
        ],
        [MONDAY]: [{ type: 'app-started', time: '09:05' }],
      },
    })
    await expect.element(screen.getByRole('heading', { name: /^On Friday/ })).toBeVisible()
    await expect.element(screen.getByText(/Your computer went to sleep at/)).toBeVisible()
  })
})
