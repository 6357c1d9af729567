// Every state of the month window, on the fixture's realistic months, for the accessibility tests.
import { expect } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import { installApi, november, october } from '../views/month-fixture'

const stories = { ...october, ...november }

async function open(today = '2026-11-24', lived = stories) {
  const api = installApi(lived, today)
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('')
  await expect.element(screen.getByRole('group', { name: /one cell per day/ })).toBeVisible()
  return { api, screen }
}

type Opened = Awaited<ReturnType<typeof open>>

/** Clicks the day cell whose name starts with `date` (e.g. "November 5, 2026"). */
async function pick({ screen }: Opened, date: string): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: new RegExp(`^\\w+, ${date}:`) }))
  await expect.element(screen.getByRole('region', { name: new RegExp(date) })).toBeVisible()
}

/** The states by name; each resolves once the state is on screen. */
export const MONTH_STATES: Record<string, () => Promise<Opened>> = {
  'an empty month': async () => {
    const opened = await open('2026-11-24', {})
    await expect
      .element(opened.screen.getByText('Nothing recorded in November 2026.'))
      .toBeVisible()
    return opened
  },
  'a month not yet begun': async () => {
    const opened = await open('2026-11-24', {})
    await userEvent.click(opened.screen.getByRole('button', { name: /^Next month/ }))
    await expect.element(opened.screen.getByText("December 2026 hasn't started yet.")).toBeVisible()
    return opened
  },
  'a full month with every status': () => open(),
  'a corrected day open in detail': async () => {
    const opened = await open()
    await pick(opened, 'November 18, 2026')
    await expect.element(opened.screen.getByText('Correct the leave time')).toBeVisible()
    return opened
  },
  'a day of staying late open in detail': async () => {
    const opened = await open()
    await pick(opened, 'November 17, 2026')
    return opened
  },
  'a correction refused by main': async () => {
    const opened = await open()
    opened.api.correctLeave.mockResolvedValueOnce({
      ok: false,
      problem: {
        code: 'fields',
        errors: [
          { field: 'leftAt', problem: { code: 'not-passed', time: '03:00', date: '2026-11-23' } },
        ],
      },
    })
    await pick(opened, 'November 23, 2026')
    await userEvent.fill(opened.screen.getByLabelText(/When did you leave/), '03:00')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save leave time' }))
    await expect.element(opened.screen.getByRole('alert')).toBeVisible()
    return opened
  },
  'a correction saved': async () => {
    const opened = await open()
    await pick(opened, 'November 5, 2026')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save leave time' }))
    await expect.element(opened.screen.getByText(/^Saved\. The month/)).toBeVisible()
    return opened
  },
  'the days as a table': async () => {
    const opened = await open()
    await userEvent.click(opened.screen.getByText('Show the days as a table'))
    await expect.element(opened.screen.getByRole('table')).toBeVisible()
    return opened
  },
  'the month-end review, left empty': async () => {
    const opened = await open('2026-12-01')
    await userEvent.click(opened.screen.getByRole('button', { name: /^Previous month/ }))
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save review' }))
    await expect.element(opened.screen.getByText('Write a few words first.')).toBeVisible()
    return opened
  },
  'the month-end review, saved': async () => {
    const opened = await open('2026-12-01')
    await userEvent.click(opened.screen.getByRole('button', { name: /^Previous month/ }))
    await userEvent.fill(opened.screen.getByRole('textbox'), 'Wednesdays run long.')
    await userEvent.click(opened.screen.getByRole('button', { name: 'Save review' }))
    await expect.element(opened.screen.getByText('Saved.', { exact: true })).toBeVisible()
    return opened
  },
  'a month that failed to load': async () => {
    const api = installApi(stories, '2026-11-24')
    api.getMonth.mockResolvedValue({ ok: false, problem: { code: 'failed' } })
    const screen = await render(<MonthView />)
    await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible()
    return { api, screen }
  },
}
