/** The chart's data as a table: one row per day with the same numbers the summary counts. */
import { useState } from 'react'
import type { DaySummary, MonthSummary } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { numberFormat } from '../../format/cached-format'
import { afterHoursOf, isJudged, lateMinutesOf } from './month-numbers'
import { formatDateShort, formatMonth, formatTime } from './month-format'
import { useMessages } from '../../i18n/messages-context'

const integer = (value: number): string => numberFormat().format(value)

function cellsOf(day: DaySummary, m: Pick<Messages, 'month'>) {
  const zone = day.plan?.zone ?? 'UTC'
  const workday = day.plan?.workday === true && day.status !== 'day-off'
  const endAt = workday ? (day.plan?.endAt ?? null) : null
  const leftAt = day.record?.leftAt ?? null
  return {
    plannedEnd: endAt === null ? m.month.noValue : formatTime(endAt, zone),
    leftAt: leftAt === null || !workday ? m.month.noValue : formatTime(leftAt, zone),
    late: isJudged(day) ? integer(lateMinutesOf(day)) : m.month.noValue,
    afterHours: isJudged(day) ? integer(afterHoursOf(day)) : m.month.noValue,
  }
}

/**
 * Collapsed under a disclosure so it does not crowd the chart; still one Tab away for everyone.
 * Its rows are built when it is opened: a closed disclosure shows nothing to anyone, and the
 * month window paints sooner without them.
 */
export function MonthTable({ summary }: { summary: MonthSummary }) {
  const m = useMessages()
  const [open, setOpen] = useState(false)
  const total = (pick: (day: DaySummary) => number) =>
    summary.days.reduce((sum, day) => sum + pick(day), 0)
  return (
    <details className="month-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{m.month.tableSummary}</summary>
      {open ? (
        <table>
          <caption>{m.month.tableCaption({ month: formatMonth(summary.month) })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.month.tableDate}</th>
              <th scope="col">{m.month.tableStatus}</th>
              <th scope="col">{m.month.tablePlannedEnd}</th>
              <th scope="col">{m.month.tableLeftAt}</th>
              <th scope="col" className="numeric">
                {m.month.tableMinutesLate}
              </th>
              <th scope="col" className="numeric">
                {m.month.tableAfterHours}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.days.map((day) => {
              const cells = cellsOf(day, m)
              return (
                <tr key={day.date} data-date={day.date} data-status={day.status}>
                  <th scope="row">{formatDateShort(day.date)}</th>
                  <td>{m.month.status[day.status]}</td>
                  <td>{cells.plannedEnd}</td>
                  <td>{cells.leftAt}</td>
                  <td className="numeric">{cells.late}</td>
                  <td className="numeric">{cells.afterHours}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {m.month.tableTotal}
              </th>
              <td className="numeric">{integer(total(lateMinutesOf))}</td>
              <td className="numeric">{integer(total(afterHoursOf))}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </details>
  )
}
