/** The popover's header: the date, the live countdown, the plan's hours, staying late, and the season's intention. */
import type { Instant } from '../../../../core'
import type { TodayState } from '../../../../shared/ipc-contract'
import type { Messages } from '../../../../shared/messages'
import { describeCountdown } from '../../format/countdown'
import { dayProgressOf, type DayPhase } from '../../format/day-phase'
import { formatClock, formatDayHeading } from '../../format/time'
import { useMessages } from '../../i18n/messages-context'

function planLine(today: TodayState, m: Pick<Messages, 'popover'>): string | null {
  const { plan, zone } = today
  if (!plan.workday || plan.endAt === null) return null
  const end = formatClock(plan.endAt, zone)
  return plan.startAt === null
    ? m.popover.plan.until({ end })
    : m.popover.plan.hours({ start: formatClock(plan.startAt, zone), end })
}

/** Where today stands, re-rendered on each minute's tick. */
export function DayStatus({
  today,
  now,
  phase,
}: {
  today: TodayState
  now: Instant
  phase: DayPhase
}) {
  const m = useMessages()
  const { zone, plan, record } = today
  const progress =
    phase.kind === 'before' || phase.kind === 'wind-down' ? dayProgressOf(today, now) : null
  const stayingLate = record.stayingLate
  const plannedHours = planLine(today, m)
  const intention = plan.season?.intention.trim()
  const date = formatDayHeading(plan.date)
  return (
    <header className="day-status">
      <p className="day-date">
        {plannedHours && phase.kind !== 'day-off'
          ? m.popover.plan.dateAndHours({ date, hours: plannedHours })
          : date}
      </p>
      <h1 className="countdown">{describeCountdown(phase, zone, m)}</h1>
      {progress !== null && (
        <progress className="day-progress" max={1} value={progress} aria-hidden="true" />
      )}
      {stayingLate && phase.kind !== 'day-off' && (
        <p className="plan-line staying-late">
          {m.popover.plan.stayingLate({
            until: formatClock(stayingLate.untilAt, zone),
            reason: m.popover.stayLate.reasons[stayingLate.reason],
          })}
        </p>
      )}
      {plan.season && intention && (
        <p className="season">
          <span className="sr-only">{m.popover.plan.seasonLabel} </span>
          <span className="season-name">{plan.season.name}</span>
          <span className="season-intention">{intention}</span>
        </p>
      )}
    </header>
  )
}
