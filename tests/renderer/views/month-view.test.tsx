// The month view in real Chromium: an empty month, a month with every status, and the month-end review.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import { STATUS_ORDER } from '../../../src/renderer/src/views/month/status-order'
import { installApi, november, october, summaryOf } from './month-fixture'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

test('a month with nothing recorded says so and shows no figures', async () => {
  const api = installApi({}, '2026-11-24')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByText('Nothing recorded in November 2026.')).toBeVisible()
  expect(api.getMonth).toHaveBeenCalledWith({ month: '2026-11' })
  expect(screen.container.querySelector('.figures')).toBeNull()
  expect(screen.container.querySelector('.bars')).toBeNull()
  expect(screen.container.querySelectorAll('.calendar-days button')).toHaveLength(30)
  expect(screen.container.querySelector('.review')).toBeNull()
})

test('a month with every status colours and marks each day and names every status in the legend', async () => {
  installApi({ ...october, ...november }, '2026-11-24')
  const summary = summaryOf('2026-11', { ...october, ...november }, '2026-11-24')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  await expect.element(screen.getByRole('group', { name: /November 2026, one cell/ })).toBeVisible()

  const cells = [...screen.container.querySelectorAll<HTMLButtonElement>('.calendar-days button')]
  expect(cells.map((cell) => cell.dataset['status'])).toEqual(summary.days.map((day) => day.status))
  expect(new Set(cells.map((cell) => cell.dataset['status']))).toEqual(new Set(STATUS_ORDER))
  const marks = ['on-time', 'a-little-late', 'late', 'very-late', 'day-off'].map((status) => {
    const cell = cells.find((each) => each.dataset['status'] === status) as HTMLElement
    return getComputedStyle(cell, '::after').maskImage
  })
  // Each status is told by its own shape, not only by colour.
  expect(marks.every((mark) => mark.startsWith('url('))).toBe(true)
  expect(new Set(marks).size).toBe(marks.length)
  const legend = screen.getByRole('list', { name: 'What the colours mean' })
  await expect.element(legend).toBeVisible()
  const items = [...legend.element().querySelectorAll('li')].map((item) => item.textContent)
  const names = [
    'On time',
    'A little late',
    'Late',
    'Very late',
    'Day off',
    'No data',
    'Still to come',
  ]
  expect(items.map((item) => item?.split(' — ')[0])).toEqual(names)
  await expect.element(screen.getByText(/up to 30 min past the end/)).toBeVisible()

  await expect
    .element(screen.getByRole('button', { name: /November 5, 2026: Late, 1 h 30 min late/ }))
    .toBeVisible()
  expect(cells.find((cell) => cell.getAttribute('aria-current') === 'date')?.dataset['date']).toBe(
    '2026-11-24',
  )
})

test('the figures are the summary’s: rate, lateness, after-hours, streaks, averages and changes', async () => {
  installApi({ ...october, ...november }, '2026-11-24')
  const summary = summaryOf('2026-11', { ...october, ...november }, '2026-11-24')
  const screen = await render(<MonthView />)
  const figures = screen.getByRole('region', { name: 'This month in numbers' })
  const percent = `${Math.round((summary.onTimeRate ?? 0) * 100)}%`
  await expect.element(figures.getByText(percent, { exact: true })).toBeVisible()
  await expect
    .element(figures.getByText(`${summary.onTimeDays} of ${summary.verdictDays} days`))
    .toBeVisible()
  await expect
    .element(
      figures.getByText(`${Math.round(summary.averageMinutesLate ?? 0)} min`, { exact: true }),
    )
    .toBeVisible()
  await expect.element(figures.getByText('1 h 15 min', { exact: true })).toBeVisible()
  expect(summary.afterHoursMinutes).toBe(75)
  await expect
    .element(figures.getByText(`${summary.currentStreak} days`, { exact: true }))
    .toBeVisible()
  await expect
    .element(figures.getByText(new RegExp(`longest this month: ${summary.longestStreak} days`)))
    .toBeVisible()
  const points = Math.round((summary.deltas.onTimeRate ?? 0) * 100)
  await expect.element(figures.getByText(`+${points} pts vs last month`)).toBeVisible()
  await expect.element(figures.getByText('3.7 / 5')).toBeVisible()
  await expect.element(figures.getByText('+2.0 vs last month')).toBeVisible()

  const weekdays = screen.getByRole('region', { name: 'By weekday' })
  await expect.element(weekdays.getByText('Monday: 3 of 3 on time')).toBeInTheDocument()
  await expect.element(weekdays.getByText('Wednesday: 0 of 2 on time')).toBeInTheDocument()
  await expect.element(weekdays.getByText('Saturday: no days judged')).toBeInTheDocument()
})

test('once the month is over it asks the review question and saves the answer', async () => {
  const api = installApi({ ...october, ...november }, '2026-12-01')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'December 2026' })).toBeVisible()
  expect(screen.container.querySelector('.review')).toBeNull()
  await userEvent.click(screen.getByRole('button', { name: /Previous month/ }))
  const question = screen.getByRole('textbox', { name: "Does this month's shape still fit you?" })
  await userEvent.click(screen.getByRole('button', { name: 'Save review' }))
  await expect.element(screen.getByText('Write a few words first.')).toBeVisible()
  expect(api.saveMonthReview).not.toHaveBeenCalled()
  await userEvent.fill(question, 'Mostly. Wednesdays run long; move the team sync.')
  await userEvent.click(screen.getByRole('button', { name: 'Save review' }))
  await expect.element(screen.getByText('Saved.', { exact: true })).toBeVisible()
  expect(api.saveMonthReview).toHaveBeenCalledWith({
    month: '2026-11',
    answer: 'Mostly. Wednesdays run long; move the team sync.',
  })
})
