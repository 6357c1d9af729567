/** The month in numbers: on-time rate, lateness, after-hours, streaks and check-in averages, each with its change. */
import type { ReactNode } from 'react'
import type { MonthSummary } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { useMessages } from '../../i18n/messages-context'
import {
  formatDecimal,
  formatDuration,
  formatPercent,
  formatSigned,
  formatSignedDuration,
} from './month-format'

type Deltas = MonthSummary['deltas']

/** The change from last month in words, without judging whether it is good. */
function deltaText(
  key: keyof Deltas,
  delta: number | null,
  m: Pick<Messages, 'common' | 'month'>,
): string {
  if (delta === null) return m.month.deltaNone
  const rounded = key === 'onTimeRate' ? Math.round(delta * 100) : delta
  if (Math.abs(rounded) < (key === 'averageEnergy' || key === 'averageAlignment' ? 0.05 : 0.5))
    return m.month.deltaSame
  if (key === 'onTimeRate')
    return m.month.deltaFromLast({
      change: m.month.deltaPoints({ points: formatSigned(rounded) }),
    })
  if (key === 'averageEnergy' || key === 'averageAlignment')
    return m.month.deltaFromLast({ change: formatDecimal(delta, true) })
  return m.month.deltaFromLast({ change: formatSignedDuration(delta, m) })
}

function Figure(props: { label: string; value: string; detail: ReactNode; delta?: string }) {
  return (
    <div className="figure">
      <dt>{props.label}</dt>
      <dd className="figure-value">{props.value}</dd>
      <dd className="figure-detail">{props.detail}</dd>
      {props.delta ? <dd className="figure-delta">{props.delta}</dd> : null}
    </div>
  )
}

const scaleValue = (value: number | null, m: Pick<Messages, 'month'>): string =>
  value === null ? m.month.noValue : m.month.outOfFive({ value: formatDecimal(value) })

/** A grid of figure cards for one month summary. */
export function MonthFigures({ summary }: { summary: MonthSummary }) {
  const m = useMessages()
  const { deltas } = summary
  return (
    <section className="figures" aria-labelledby="month-figures-title">
      <h2 id="month-figures-title">{m.month.figuresTitle}</h2>
      <dl className="figures-grid">
        <Figure
          label={m.month.onTimeRate}
          value={formatPercent(summary.onTimeRate, m)}
          detail={m.month.onTimeRateDetail({
            onTime: summary.onTimeDays,
            judged: summary.verdictDays,
          })}
          delta={deltaText('onTimeRate', deltas.onTimeRate, m)}
        />
        <Figure
          label={m.month.averageLate}
          value={
            summary.averageMinutesLate === null
              ? m.month.noValue
              : formatDuration(summary.averageMinutesLate, m)
          }
          detail={m.month.averageLateDetail}
          delta={deltaText('averageMinutesLate', deltas.averageMinutesLate, m)}
        />
        <Figure
          label={m.month.afterHours}
          value={formatDuration(summary.afterHoursMinutes, m)}
          detail={m.month.afterHoursDetail}
          delta={deltaText('afterHoursMinutes', deltas.afterHoursMinutes, m)}
        />
        <Figure
          label={m.month.currentStreak}
          value={m.month.streakDays({ count: summary.currentStreak })}
          detail={m.month.longestStreakDetail({
            longest: m.month.streakDays({ count: summary.longestStreak }),
          })}
        />
        <Figure
          label={m.month.energy}
          value={scaleValue(summary.averageEnergy, m)}
          detail={m.month.checkInsDetail({ count: summary.checkIns })}
          delta={deltaText('averageEnergy', deltas.averageEnergy, m)}
        />
        <Figure
          label={m.month.alignment}
          value={scaleValue(summary.averageAlignment, m)}
          detail={m.month.checkInsDetail({ count: summary.checkIns })}
          delta={deltaText('averageAlignment', deltas.averageAlignment, m)}
        />
      </dl>
    </section>
  )
}
