/** The weekday pattern: each weekday's on-time rate as a short bar, in the locale's week order. */
import type { MonthSummary } from '../../../../core'
import { formatPercent } from './month-format'
import { weekdayName, weekdayOrder } from './week-start'
import { useMessages } from '../../i18n/messages-context'

/** One row per weekday with its rate, its counts in words and a bar drawn to the rate. */
export function MonthWeekdays({ summary, firstDay }: { summary: MonthSummary; firstDay: number }) {
  const m = useMessages()
  return (
    <section className="weekdays" aria-labelledby="month-weekdays-title">
      <h2 id="month-weekdays-title">{m.month.weekdaysTitle}</h2>
      <ul className="weekday-list">
        {weekdayOrder(firstDay).map((weekday) => {
          const { verdictDays, onTimeDays, onTimeRate } = summary.weekdays[weekday]
          return (
            <li key={weekday} className="weekday-row" data-weekday={weekday}>
              <span className="weekday-name" aria-hidden="true">
                {weekdayName(weekday, 'short')}
              </span>
              <svg className="weekday-bar" viewBox="0 0 100 8" aria-hidden="true">
                <rect width="100" height="8" rx="4" className="weekday-track" />
                {onTimeRate ? (
                  <rect width={onTimeRate * 100} height="8" rx="4" className="weekday-fill" />
                ) : null}
              </svg>
              <span className="weekday-rate" aria-hidden="true">
                {verdictDays === 0 ? m.month.weekdayNone : formatPercent(onTimeRate, m)}
              </span>
              <span className="sr-only">
                {m.month.weekdayRow({
                  weekday: weekdayName(weekday),
                  onTime: onTimeDays,
                  judged: verdictDays,
                })}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
