/** Small SVG marks per day status, so lateness is told by shape as well as by colour. */
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

const dots = (count: number) =>
  Array.from({ length: count }, (_, index) => (
    <circle key={index} cx={6 + (index - (count - 1) / 2) * 3.8} cy={6} r={1.7} />
  ))

/** The mark drawn in a day cell and its legend swatch: a tick, one to three dots, or a dash. */
export function StatusGlyph({ status }: { status: DayStatus }) {
  const mark =
    status === 'on-time' ? (
      <path d="M1.5 6.2 4.3 9 10.5 2.8" className="glyph-stroke" />
    ) : status === 'a-little-late' ? (
      dots(1)
    ) : status === 'late' ? (
      dots(2)
    ) : status === 'very-late' ? (
      dots(3)
    ) : status === 'day-off' ? (
      <path d="M2.5 6h7" className="glyph-stroke" />
    ) : null
  if (!mark) return null
  return (
    <svg className="status-glyph" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {mark}
    </svg>
  )
}
