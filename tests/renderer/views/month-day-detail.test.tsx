// A day's detail on focus and on hover, and correcting its leave time through correctLeave.
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import { installApi, november, october } from './month-fixture'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

const stories = { ...october, ...november }

async function renderNovember() {
  const api = installApi(stories, '2026-11-24')
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  await expect.element(screen.getByRole('button', { name: /November 2, 2026/ })).toBeVisible()
  return { api, screen }
}

test('focusing a day with Tab shows its plan, leave time, source and check-ins', async () => {
  const { screen } = await renderNovember()
  // The pointer may rest where a cell renders (earlier tests move it); park it on the heading.
  await userEvent.hover(screen.getByRole('heading', { name: 'November 2026' }))
  await expect.element(screen.getByText(/Hover over a day, or focus one/)).toBeVisible()
  screen.getByRole('button', { name: 'Previous month, October 2026' }).element().focus()
  await userEvent.tab()
  await userEvent.tab()
  await userEvent.tab()
  await expect.element(screen.getByRole('button', { name: /November 2, 2026/ })).toHaveFocus()
  const detail = screen.getByRole('region', { name: 'Monday, November 2, 2026' })
  await expect.element(detail).toBeVisible()
  await expect.element(detail.getByText('On time', { exact: true })).toBeVisible()
  await expect.element(detail.getByText('5:30 PM')).toBeVisible()
  await expect.element(detail.getByText('5:25 PM')).toBeVisible()
  await expect.element(detail.getByText('the shutdown ritual')).toBeVisible()
  await expect.element(detail.getByText(/1:00 PM — energy 4\/5, alignment 5\/5/)).toBeVisible()
  await expect.element(detail.getByText('Good focus day')).toBeVisible()
})

test('detail names detected, inferred and corrected leave times, and staying late with its reason', async () => {
  const { screen } = await renderNovember()
  const detailOf = async (label: RegExp, name: string) => {
    screen.getByRole('button', { name: label }).element().focus()
    const detail = screen.getByRole('region', { name })
    await expect.element(detail).toBeVisible()
    return detail
  }
  const locked = await detailOf(/November 5, 2026/, 'Thursday, November 5, 2026')
  await expect.element(locked.getByText('detected: the screen locked')).toBeVisible()
  await expect.element(locked.getByText('1 h 30 min')).toBeVisible()

  const quiet = await detailOf(/November 10, 2026/, 'Tuesday, November 10, 2026')
  await expect.element(quiet.getByText('inferred from the last sign of activity')).toBeVisible()

  const corrected = await detailOf(/November 18, 2026/, 'Wednesday, November 18, 2026')
  await expect
    .element(corrected)
    .toMatchTextContent('corrected by you Sundown had 6:15 PM (detected: the screen locked).')

  const late = await detailOf(/November 17, 2026/, 'Tuesday, November 17, 2026')
  await expect.element(late.getByText('6:30 PM', { exact: true })).toBeVisible()
  await expect.element(late.getByText('a deadline — release notes')).toBeVisible()
  await expect.element(late.getByText('1 h', { exact: true })).toBeVisible()
})

test('hovering a day previews it; leaving the calendar returns to the focused day', async () => {
  const { screen } = await renderNovember()
  screen
    .getByRole('button', { name: /November 2, 2026/ })
    .element()
    .focus()
  await userEvent.hover(screen.getByRole('button', { name: /November 6, 2026/ }))
  await expect
    .element(screen.getByRole('region', { name: 'Friday, November 6, 2026' }))
    .toBeVisible()
  await expect
    .element(screen.getByRole('region', { name: 'Friday, November 6, 2026' }))
    .toMatchTextContent(/Very late/)
  await userEvent.hover(screen.getByRole('heading', { name: 'November 2026' }))
  await expect
    .element(screen.getByRole('region', { name: 'Monday, November 2, 2026' }))
    .toBeVisible()
})

test('correcting a leave time sends it to correctLeave and reloads the month', async () => {
  const { api, screen } = await renderNovember()
  await userEvent.click(screen.getByRole('button', { name: /November 5, 2026/ }))
  const time = screen.getByLabelText('When did you leave on Thursday, November 5, 2026?')
  await expect.element(time).toHaveValue('19:00')
  await userEvent.fill(time, '18:05')
  await userEvent.click(screen.getByRole('button', { name: 'Save leave time' }))
  await expect.element(screen.getByText('Saved. The month now uses your time.')).toBeVisible()
  expect(api.correctLeave).toHaveBeenCalledWith({ date: '2026-11-05', leftAt: '18:05' })
  expect(api.getMonth).toHaveBeenCalledTimes(2)
})

test('a refusal from the main process is shown next to the time field', async () => {
  const { api, screen } = await renderNovember()
  api.correctLeave.mockResolvedValueOnce({
    ok: false,
    problem: {
      code: 'fields',
      errors: [
        { field: 'leftAt', problem: { code: 'not-passed', time: '03:00', date: '2026-11-23' } },
      ],
    },
  })
  await userEvent.click(screen.getByRole('button', { name: /November 23, 2026/ }))
  const time = screen.getByLabelText('When did you leave on Monday, November 23, 2026?')
  await userEvent.fill(time, '03:00')
  await userEvent.click(screen.getByRole('button', { name: 'Save leave time' }))
  const error = screen.getByRole('alert')
  await expect
    .element(error)
    .toMatchTextContent('03:00 is not a time on 2026-11-23 that has passed.')
  await expect.element(time).toHaveAttribute('aria-invalid', 'true')
  expect(time.element().getAttribute('aria-describedby')).toContain(error.element().id)
  expect(api.getMonth).toHaveBeenCalledTimes(1)
})

test('days off and days still to come offer no correction', async () => {
  const { screen } = await renderNovember()
  await userEvent.click(screen.getByRole('button', { name: /November 16, 2026/ }))
  await expect
    .element(screen.getByRole('region', { name: 'Monday, November 16, 2026' }))
    .toBeVisible()
  expect(screen.container.querySelector('.leave-correction')).toBeNull()
  await userEvent.click(screen.getByRole('button', { name: /November 26, 2026/ }))
  await expect
    .element(screen.getByRole('region', { name: 'Thursday, November 26, 2026' }))
    .toBeVisible()
  expect(screen.container.querySelector('.leave-correction')).toBeNull()
})

test("the pointer over a day's bar previews that day, as over its cell", async () => {
  const { screen } = await renderNovember()
  const hit = screen.container.querySelector<SVGRectElement>('.bars-hit')
  if (!hit) throw new Error('no bars')
  await userEvent.hover(screen.getByRole('img', { name: /Minutes past the end/ }))
  // November has 30 slots of equal width; the 5th is Thursday the 5th. Measured at each hover, once
  // the chart is laid out and scrolled into view.
  const overDay = (day: number) => {
    const box = hit.getBoundingClientRect()
    return { x: ((day - 0.5) / 30) * box.width, y: box.height / 2 }
  }
  const barsTop = hit.getBoundingClientRect().top
  await userEvent.hover(page.elementLocator(hit), { position: overDay(5) })
  await expect
    .element(screen.getByRole('region', { name: 'Thursday, November 5, 2026' }))
    .toBeVisible()
  // The longer detail above the bars (one column in this narrow frame) must not push the bar out
  // from under the pointer: the preview would end as soon as it began.
  expect(hit.getBoundingClientRect().top).toBe(barsTop)
  await userEvent.hover(page.elementLocator(hit), { position: overDay(19) })
  await expect
    .element(screen.getByRole('region', { name: 'Thursday, November 19, 2026' }))
    .toBeVisible()
})
