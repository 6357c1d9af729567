/** The heat map: one focusable cell per day, coloured and marked by status, weeks starting on the locale's first day. */
import { useEffect, useRef } from 'react'
import type { DaySummary } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { weekdayIndexOf } from '../../format/local-date'
import { formatDateLong, formatDayNumber, formatDuration, formatMonth } from './month-format'
import { weekdayName, weekdayOrder } from './week-start'
import { useMessages } from '../../i18n/messages-context'

/** What the calendar shows and whom it tells about hover, focus and clicks. */
export interface MonthCalendarProps {
  month: string
  days: DaySummary[]
  firstDay: number
  today: string
  selected: string | null
  /** A date to move keyboard focus to once rendered (after month navigation). */
  focusDate: string | null
  onSelect: (date: string) => void
  /** Enter or Space on a day: take the keyboard on into its detail. */
  onOpen: (date: string) => void
  onHover: (date: string | null) => void
  detailId: string
}

/** The extra words a cell's accessible name carries beyond date and status. */
function cellExtra(day: DaySummary, m: Pick<Messages, 'common' | 'month'>): string {
  const late = day.record?.minutesLate ?? 0
  return late > 0 && day.status !== 'on-time'
    ? m.month.minutesLateShort({ duration: formatDuration(late, m) })
    : ''
}

/** The month as a grid of day buttons; hover previews a day, focus or click selects it. */
export function MonthCalendar(props: MonthCalendarProps) {
  const m = useMessages()
  const { month, days, firstDay, today, selected, focusDate } = props
  const listRef = useRef<HTMLOListElement>(null)
  const leading = days[0] ? (weekdayIndexOf(days[0].date) + 1 - firstDay + 7) % 7 : 0

  useEffect(() => {
    if (!focusDate) return
    listRef.current?.querySelector<HTMLButtonElement>(`[data-date="${focusDate}"]`)?.focus()
  }, [focusDate, days])

  return (
    <div
      className="calendar"
      role="group"
      aria-label={m.month.calendarLabel({ month: formatMonth(month) })}
    >
      <div className="calendar-weekdays" aria-hidden="true">
        {weekdayOrder(firstDay).map((weekday) => (
          <span key={weekday}>{weekdayName(weekday, 'short')}</span>
        ))}
      </div>
      <ol className="calendar-days" ref={listRef} onMouseLeave={() => props.onHover(null)}>
        {Array.from({ length: leading }, (_, index) => (
          <li key={`blank-${index}`} className="calendar-blank" aria-hidden="true" />
        ))}
        {days.map((day) => (
          <li key={day.date}>
            <button
              type="button"
              className={`day-cell status-${day.status}`}
              data-date={day.date}
              data-status={day.status}
              aria-label={m.month.dayCellLabel({
                date: formatDateLong(day.date),
                status: m.month.status[day.status],
                extra: cellExtra(day, m),
              })}
              aria-current={day.date === today ? 'date' : undefined}
              aria-pressed={day.date === selected}
              aria-controls={props.detailId}
              onFocus={() => props.onSelect(day.date)}
              onClick={(event) => {
                props.onSelect(day.date)
                // A click the keyboard made (detail 0); a pointer's click leaves focus on the day.
                if (event.detail === 0) props.onOpen(day.date)
              }}
              onMouseEnter={() => props.onHover(day.date)}
            >
              <span className="day-number">{formatDayNumber(day.date)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  )
}
