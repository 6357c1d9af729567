/** The per-weekday schedule (off, or an end time with an optional start), for the week and for each season. */
import type { Weekday, WeekdayPlan, WeeklyPlan } from '../../../../core'
import { weekdayName, weekdayOrder } from '../month/week-start'
import { useFieldError } from './settings-fields'
import { useMessages } from '../../i18n/messages-context'

/** One weekday: its workday switch, then start and end as typed text so any entry reaches the validator. */
function WeekdayRow(props: {
  path: string
  weekday: Weekday
  context?: string
  plan: WeekdayPlan
  onChange: (plan: WeekdayPlan) => void
  onBlur: () => void
}) {
  const m = useMessages()
  const { path, plan } = props
  const day = weekdayName(props.weekday)
  // Season schedules repeat the weekday names, so their labels carry the season's name too.
  const name = props.context
    ? m.settings.seasonWeekday({ season: props.context, weekday: day })
    : day
  const workday = useFieldError(`${path}.workday`)
  const start = useFieldError(`${path}.start`)
  const end = useFieldError(`${path}.end`)
  return (
    <div className="weekday-row" role="group" aria-label={name}>
      <span className="weekday-row-name" aria-hidden="true">
        {day}
      </span>
      <span className="weekday-row-workday">
        <input
          type="checkbox"
          checked={plan.workday}
          aria-label={m.settings.workdayLabel({ weekday: name })}
          onChange={(event) => props.onChange({ ...plan, workday: event.target.checked })}
          onBlur={props.onBlur}
          {...workday.props}
        />
      </span>
      <input
        className="text-input weekday-time"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="09:00"
        disabled={!plan.workday}
        value={plan.start ?? ''}
        aria-label={m.settings.startLabel({ weekday: name })}
        onChange={(event) =>
          props.onChange({ ...plan, start: event.target.value.trim() || undefined })
        }
        onBlur={props.onBlur}
        {...start.props}
      />
      <input
        className="text-input weekday-time"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={m.settings.timePlaceholder}
        disabled={!plan.workday}
        value={plan.end}
        aria-label={m.settings.endLabel({ weekday: name })}
        onChange={(event) => props.onChange({ ...plan, end: event.target.value.trim() })}
        onBlur={props.onBlur}
        {...end.props}
      />
      <div className="weekday-row-errors">
        {workday.error}
        {start.error}
        {end.error}
      </div>
    </div>
  )
}

/** Seven rows in the locale's week order, with column headings. */
export function WeeklyEditor(props: {
  path: string
  weekly: WeeklyPlan
  /** Prefixes each label, e.g. the season's name. */
  context?: string
  onChange: (weekly: WeeklyPlan) => void
  onBlur: (field: string) => void
}) {
  const m = useMessages()
  return (
    <div className="weekly-editor">
      <div className="weekday-row weekday-head" aria-hidden="true">
        <span />
        <span>{m.settings.workday}</span>
        <span>
          {m.settings.start} <span className="muted">{m.settings.optional}</span>
        </span>
        <span>{m.settings.end}</span>
      </div>
      {weekdayOrder().map((weekday) => (
        <WeekdayRow
          key={weekday}
          path={`${props.path}.${weekday}`}
          weekday={weekday}
          context={props.context}
          plan={props.weekly[weekday]}
          onChange={(plan) => props.onChange({ ...props.weekly, [weekday]: plan })}
          onBlur={() => props.onBlur(`${props.path}.${weekday}`)}
        />
      ))}
    </div>
  )
}
