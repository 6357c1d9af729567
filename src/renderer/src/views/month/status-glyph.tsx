/** Small marks per day status, so lateness is told by shape as well as by colour. */
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

const MARKED: ReadonlySet<DayStatus> = new Set([
  'on-time',
  'a-little-late',
  'late',
  'very-late',
  'day-off',
])

/**
 * The mark drawn in a day cell and its legend swatch: a tick, one to three dots, or a dash. The
 * stylesheet draws it from the status class around it (month-chart.css), one element per cell.
 */
export function StatusGlyph({ status }: { status: DayStatus }) {
  return MARKED.has(status) ? <span className="status-glyph" aria-hidden="true" /> : null
}
