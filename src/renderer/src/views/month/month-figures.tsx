/** The month in numbers: on-time rate, lateness, after-hours, streaks and check-in averages, each with its change. */
import type { ReactNode } from 'react'
import type { MonthSummary } from '../../../../core'
import { monthMessages as m } from '../../messages/month'
import {
  formatDecimal,
  formatDuration,
  formatPercent,
  formatSigned,
  formatSignedDuration,
} from './month-format'

type Deltas = MonthSummary['deltas']

/** The change from last month in words, without judging whether it is good. */
function deltaText(key: keyof Deltas, delta: number | null): string {
  if (delta === null) return m.deltaNone
  const rounded = key === 'onTimeRate' ? Math.round(delta * 100) : delta
  if (Math.abs(rounded) < (key === 'averageEnergy' || key === 'averageAlignment' ? 0.05 : 0.5))
    return m.deltaSame
  if (key === 'onTimeRate') return m.deltaFromLast(m.deltaPoints(formatSigned(rounded)))
  if (key === 'averageEnergy' || key === 'averageAlignment')
    return m.deltaFromLast(formatDecimal(delta, true))
  return m.deltaFromLast(formatSignedDuration(delta))
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

const scaleValue = (value: number | null): string =>
  value === null ? m.noValue : m.outOfFive(formatDecimal(value))

/** A grid of figure cards for one month summary. */
export function MonthFigures({ summary }: { summary: MonthSummary }) {
  const { deltas } = summary
  return (
    <section className="figures" aria-labelledby="month-figures-title">
      <h2 id="month-figures-title">{m.figuresTitle}</h2>
      <dl className="figures-grid">
        <Figure
          label={m.onTimeRate}
          value={formatPercent(summary.onTimeRate)}
          detail={m.onTimeRateDetail(summary.onTimeDays, summary.verdictDays)}
          delta={deltaText('onTimeRate', deltas.onTimeRate)}
        />
        <Figure
          label={m.averageLate}
          value={
            summary.averageMinutesLate === null
              ? m.noValue
              : formatDuration(summary.averageMinutesLate)
          }
          detail={m.averageLateDetail}
          delta={deltaText('averageMinutesLate', deltas.averageMinutesLate)}
        />
        <Figure
          label={m.afterHours}
          value={formatDuration(summary.afterHoursMinutes)}
          detail={m.afterHoursDetail}
          delta={deltaText('afterHoursMinutes', deltas.afterHoursMinutes)}
        />
        <Figure
          label={m.currentStreak}
          value={m.streakDays(summary.currentStreak)}
          detail={m.longestStreakDetail(m.streakDays(summary.longestStreak))}
        />
        <Figure
          label={m.energy}
          value={scaleValue(summary.averageEnergy)}
          detail={m.checkInsDetail(summary.checkIns)}
          delta={deltaText('averageEnergy', deltas.averageEnergy)}
        />
        <Figure
          label={m.alignment}
          value={scaleValue(summary.averageAlignment)}
          detail={m.checkInsDetail(summary.checkIns)}
          delta={deltaText('averageAlignment', deltas.averageAlignment)}
        />
      </dl>
    </section>
  )
}
