// The table behind the chart: one row per day whose numbers add up to the summary's own figures.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import { installApi, november, october, summaryOf } from './month-fixture'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

const number = (text: string | null | undefined): number | null =>
  text && /\d/.test(text) ? Number(text.replace(/[^\d-]/g, '')) : null

test('the table has a caption, a row per day, and the summary’s numbers', async () => {
  const stories = { ...october, ...november }
  installApi(stories, '2026-11-24')
  const summary = summaryOf('2026-11', stories, '2026-11-24')
  const screen = await render(<MonthView />)
  await userEvent.click(screen.getByText('Show the days as a table'))
  const table = screen.getByRole('table', { name: /Every day of November 2026/ })
  await expect.element(table).toBeVisible()
  const headers = [...table.element().querySelectorAll('thead th')].map((th) => th.textContent)
  expect(headers).toEqual([
    'Date',
    'Status',
    'Planned end',
    'Left at',
    'Minutes late',
    'After-hours minutes',
  ])

  const rows = [...table.element().querySelectorAll<HTMLTableRowElement>('tbody tr')]
  expect(rows).toHaveLength(summary.days.length)
  const judged = ['on-time', 'a-little-late', 'late', 'very-late']
  rows.forEach((row, index) => {
    const day = summary.days[index]
    const cells = [...row.cells].map((cell) => cell.textContent)
    expect(row.dataset['date']).toBe(day?.date)
    expect(row.dataset['status']).toBe(day?.status)
    if (judged.includes(day?.status ?? '')) {
      expect(number(cells[4]), `${day?.date} minutes late`).toBe(day?.record?.minutesLate)
      expect(number(cells[5]), `${day?.date} after-hours`).toBe(day?.record?.afterHoursMinutes)
    } else {
      expect([cells[4], cells[5]]).toEqual(['—', '—'])
    }
  })

  const judgedRows = rows.filter((row) => judged.includes(row.dataset['status'] ?? ''))
  const late = judgedRows.map((row) => number(row.cells[4]?.textContent) ?? 0)
  const afterHours = judgedRows.map((row) => number(row.cells[5]?.textContent) ?? 0)
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  expect(judgedRows).toHaveLength(summary.verdictDays)
  expect(rows.filter((row) => row.dataset['status'] === 'on-time')).toHaveLength(summary.onTimeDays)
  expect(sum(late) / late.length).toBeCloseTo(summary.averageMinutesLate ?? NaN)
  expect(sum(afterHours)).toBe(summary.afterHoursMinutes)

  const totals = [...table.element().querySelectorAll('tfoot td')].map((td) =>
    number(td.textContent),
  )
  expect(totals).toEqual([sum(late), summary.afterHoursMinutes])

  const fifth = rows[4]
  expect([...(fifth?.cells ?? [])].map((cell) => cell.textContent)).toEqual([
    'Thu, Nov 5',
    'Late',
    '5:30 PM',
    '7:00 PM',
    '90',
    '0',
  ])
})
