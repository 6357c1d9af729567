/** The day statuses in the order the legend lists them; their marks are drawn by month-chart.css. */
import type { DayStatus } from '../../../../core'

/** The statuses in legend order, calmest first. */
export const STATUS_ORDER: readonly DayStatus[] = [
  'on-time',
  'a-little-late',
  'late',
  'very-late',
  'day-off',
  'no-data',
  'future',
]
