// Month to month: the buttons and the arrow keys ask the main process for the month before or after.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import { installApi, november, october } from './month-fixture'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

test('ArrowLeft and ArrowRight load the previous and the next month', async () => {
  const api = installApi({ ...october, ...november }, '2026-11-24')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  await expect.poll(() => api.getMonth.mock.lastCall).toEqual([{ month: '2026-11' }])

  await userEvent.keyboard('{ArrowLeft}')
  await expect.element(screen.getByRole('heading', { name: 'October 2026' })).toBeVisible()
  await expect.poll(() => api.getMonth.mock.lastCall).toEqual([{ month: '2026-10' }])
  await expect.element(screen.getByRole('button', { name: /October 26, 2026: Late/ })).toBeVisible()

  await userEvent.keyboard('{ArrowRight}')
  await userEvent.keyboard('{ArrowRight}')
  await expect.element(screen.getByRole('heading', { name: 'December 2026' })).toBeVisible()
  await expect
    .poll(() => api.getMonth.mock.calls.map(([request]) => request.month))
    .toEqual(['2026-11', '2026-10', '2026-11', '2026-12'])
})

test('across a year boundary, and by the buttons', async () => {
  const api = installApi({}, '2027-01-05')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'January 2027' })).toBeVisible()
  await userEvent.click(screen.getByRole('button', { name: 'Previous month, December 2026' }))
  await expect.element(screen.getByRole('heading', { name: 'December 2026' })).toBeVisible()
  await userEvent.click(screen.getByRole('button', { name: 'Next month, January 2027' }))
  await userEvent.click(screen.getByRole('button', { name: 'Next month, February 2027' }))
  await expect.element(screen.getByRole('heading', { name: 'February 2027' })).toBeVisible()
  await expect
    .poll(() => api.getMonth.mock.calls.map(([request]) => request.month))
    .toEqual(['2027-01', '2026-12', '2027-01', '2027-02'])
})

test('from a focused day the arrows keep focus on the same day number of the new month', async () => {
  installApi({ ...october, ...november }, '2026-11-24')
  const screen = await render(<MonthView />)
  const fifth = screen.getByRole('button', { name: /November 5, 2026/ })
  await expect.element(fifth).toBeVisible()
  fifth.element().focus()
  await userEvent.keyboard('{ArrowLeft}')
  await expect.element(screen.getByRole('button', { name: /October 5, 2026/ })).toHaveFocus()

  // Once the user moves on, a later reload (after a correction) leaves focus where they are.
  await userEvent.click(screen.getByRole('button', { name: /October 27, 2026/ }))
  await userEvent.click(screen.getByRole('button', { name: 'Save leave time' }))
  await expect.element(screen.getByText('Saved. The month now uses your time.')).toBeVisible()
  await expect.element(screen.getByRole('button', { name: /October 5, 2026/ })).not.toHaveFocus()
})

test('arrows typed into the review answer move the caret, not the month', async () => {
  const api = installApi({}, '2026-12-01')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'December 2026' })).toBeVisible()
  await userEvent.keyboard('{ArrowLeft}')
  const answer = screen.getByRole('textbox', { name: "Does this month's shape still fit you?" })
  await userEvent.click(answer)
  await userEvent.keyboard('ab{ArrowLeft}{ArrowRight}')
  await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  expect(api.getMonth).toHaveBeenCalledTimes(2)
})
