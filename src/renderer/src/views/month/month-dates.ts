/** Month arithmetic on `YYYY-MM` strings, kept off the core so the month chunk stays small. */
import { addDaysTo } from '../../format/local-date'

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: string, count: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number)
  const index = year * 12 + monthNumber - 1 + count
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
}

/** The last date of `month`: the day before the next month's first. */
export const lastDateOf = (month: string): string => addDaysTo(`${addMonths(month, 1)}-01`, -1)

/** Today's calendar date on the host clock; only a fallback for when the main process cannot say. */
export function hostToday(): string {
  const now = new Date()
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
