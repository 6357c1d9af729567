/** The chart's data as a table: one row per day with the same numbers the summary counts. */
import { useState } from 'react'
import type { DaySummary, MonthSummary } from '../../../../core'
import { numberFormat } from '../../format/cached-format'
import { monthMessages as m } from '../../messages/month'
import { afterHoursOf, isJudged, lateMinutesOf } from './month-numbers'
import { formatDateShort, formatMonth, formatTime } from './month-format'

const integer = (value: number): string => numberFormat().format(value)

function cellsOf(day: DaySummary) {
  const zone = day.plan?.zone ?? 'UTC'
  const workday = day.plan?.workday === true && day.status !== 'day-off'
  const endAt = workday ? (day.plan?.endAt ?? null) : null
  const leftAt = day.record?.leftAt ?? null
  return {
    plannedEnd: endAt === null ? m.noValue : formatTime(endAt, zone),
    leftAt: leftAt === null || !workday ? m.noValue : formatTime(leftAt, zone),
    late: isJudged(day) ? integer(lateMinutesOf(day)) : m.noValue,
    afterHours: isJudged(day) ? integer(afterHoursOf(day)) : m.noValue,
  }
}

/**
 * Collapsed under a disclosure so it does not crowd the chart; still one Tab away for everyone.
 * Its rows are built when it is opened: a closed disclosure shows nothing to anyone, and the
 * month window paints sooner without them.
 */
export function MonthTable({ summary }: { summary: MonthSummary }) {
  const [open, setOpen] = useState(false)
  const total = (pick: (day: DaySummary) => number) =>
    summary.days.reduce((sum, day) => sum + pick(day), 0)
  return (
    <details className="month-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{m.tableSummary}</summary>
      {open ? (
        <table>
          <caption>{m.tableCaption(formatMonth(summary.month))}</caption>
          <thead>
            <tr>
              <th scope="col">{m.tableDate}</th>
              <th scope="col">{m.tableStatus}</th>
              <th scope="col">{m.tablePlannedEnd}</th>
              <th scope="col">{m.tableLeftAt}</th>
              <th scope="col" className="numeric">
                {m.tableMinutesLate}
              </th>
              <th scope="col" className="numeric">
                {m.tableAfterHours}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.days.map((day) => {
              const cells = cellsOf(day)
              return (
                <tr key={day.date} data-date={day.date} data-status={day.status}>
                  <th scope="row">{formatDateShort(day.date)}</th>
                  <td>{m.status[day.status]}</td>
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
                {m.tableTotal}
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
