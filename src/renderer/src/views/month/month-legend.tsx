/** The heat map's key: every status with its colour, its mark and what it means. */
import { memo } from 'react'
import { LATENESS_BANDS, type DayStatus } from '../../../../core/month-summary'
import type { Messages } from '../../../../shared/messages'
import { formatDuration } from './month-format'
import { STATUS_ORDER } from './status-order'
import { useMessages } from '../../i18n/messages-context'

/** What a status means in minutes, from the core's own lateness bands. */
function hintFor(status: DayStatus, m: Pick<Messages, 'common' | 'month'>): string | null {
  const { aLittleLateMinutes, lateMinutes } = LATENESS_BANDS
  if (status === 'on-time') return m.month.statusHint['on-time']
  if (status === 'a-little-late')
    return m.month.statusHint['a-little-late']({ minutes: formatDuration(aLittleLateMinutes, m) })
  if (status === 'late') return m.month.statusHint.late({ minutes: formatDuration(lateMinutes, m) })
  if (status === 'very-late')
    return m.month.statusHint['very-late']({ minutes: formatDuration(lateMinutes, m) })
  return null
}

/**
 * A list of swatches drawn exactly like the day cells, each named in words; it depends on nothing
 * but the words, so it is drawn while the month loads and skipped when the month arrives.
 */
export const MonthLegend = memo(function MonthLegend() {
  const m = useMessages()
  return (
    <ul className="legend" aria-label={m.month.legendLabel}>
      {STATUS_ORDER.map((status) => (
        <li key={status} className="legend-item" data-status={status}>
          <span className={`legend-swatch day-cell status-${status}`} aria-hidden="true"></span>
          <span className="legend-text">
            {m.month.status[status]}
            {hintFor(status, m) ? (
              <span className="legend-hint"> — {hintFor(status, m)}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  )
})
