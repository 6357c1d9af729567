/** Everything below the heat map, drawn once the month's summary is in: bars, figures, weekdays, review and table. */
import type { MonthSummary } from '../../../../core'
import { useMessages } from '../../i18n/messages-context'
import { MonthBars } from './month-bars'
import { lastDateOf } from './month-dates'
import { MonthFigures } from './month-figures'
import { formatMonth } from './month-format'
import { isEmptyMonth } from './month-numbers'
import { MonthReview } from './month-review'
import { MonthTable } from './month-table'
import { MonthWeekdays } from './month-weekdays'

function EmptyMonth({ summary, today }: { summary: MonthSummary; today: string }) {
  const m = useMessages()
  const name = formatMonth(summary.month)
  const notStarted = `${summary.month}-01` > today
  return (
    <div className="month-empty" role="status">
      <p className="month-empty-title">
        {notStarted ? m.month.emptyFuture({ month: name }) : m.month.empty({ month: name })}
      </p>
      {notStarted ? null : <p className="muted">{m.month.emptyHint}</p>}
    </div>
  )
}

/** The month's bars and numbers (or a line saying it is empty), its review once it is over, and the table. */
export function MonthBody(props: {
  summary: MonthSummary
  today: string
  month: string
  firstDay: number
  onHover: (date: string | null) => void
  onSaved: (summary: MonthSummary) => void
}) {
  const { summary, today, month } = props
  return (
    <>
      {isEmptyMonth(summary) ? (
        <EmptyMonth summary={summary} today={today} />
      ) : (
        <>
          <MonthBars days={summary.days} onHover={props.onHover} />
          <div className="month-numbers">
            <MonthFigures summary={summary} />
            <MonthWeekdays summary={summary} firstDay={props.firstDay} />
          </div>
        </>
      )}
      {lastDateOf(month) <= today ? (
        <MonthReview key={month} month={month} saved={summary.review} onSaved={props.onSaved} />
      ) : null}
      <MonthTable summary={summary} />
    </>
  )
}
