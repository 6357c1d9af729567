/** The heat map's key: every status with its colour, its mark and what it means. */
import { LATENESS_BANDS, type DayStatus } from '../../../../core/month-summary'
import { monthMessages as m } from '../../messages/month'
import { formatDuration } from './month-format'
import { STATUS_ORDER, StatusGlyph } from './status-glyph'

/** What a status means in minutes, from the core's own lateness bands. */
function hintFor(status: DayStatus): string | null {
  const { aLittleLateMinutes, lateMinutes } = LATENESS_BANDS
  if (status === 'on-time') return m.statusHint['on-time']
  if (status === 'a-little-late')
    return m.statusHint['a-little-late'](formatDuration(aLittleLateMinutes))
  if (status === 'late') return m.statusHint.late(formatDuration(lateMinutes))
  if (status === 'very-late') return m.statusHint['very-late'](formatDuration(lateMinutes))
  return null
}

/** A list of swatches drawn exactly like the day cells, each named in words. */
export function MonthLegend() {
  return (
    <ul className="legend" aria-label={m.legendLabel}>
      {STATUS_ORDER.map((status) => (
        <li key={status} className="legend-item" data-status={status}>
          <span className={`legend-swatch day-cell status-${status}`} aria-hidden="true">
            <StatusGlyph status={status} />
          </span>
          <span className="legend-text">
            {m.status[status]}
            {hintFor(status) ? <span className="legend-hint"> — {hintFor(status)}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  )
}
