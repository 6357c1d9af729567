/** Minutes past the end per day as SVG bars, with after-hours minutes stacked on top in a hatched fill. */
import { Fragment, useId } from 'react'
import type { DaySummary } from '../../../../core'
import { isJudged, lateMinutesOf, afterHoursOf } from './month-numbers'
import { formatDayNumber, formatDuration } from './month-format'
import { useMessages } from '../../i18n/messages-context'

const SLOT = 20
const BAR = 12
const LEFT = 52
const RIGHT = 6
const TOP = 10
const PLOT = 120
const BOTTOM = 20
/** Axis tops whose halves are round too, so both grid labels read cleanly. */
const NICE_MAXIMA = [30, 60, 120, 240, 480, 720, 1440]

const niceMax = (value: number): number =>
  NICE_MAXIMA.find((candidate) => candidate >= value) ?? Math.ceil(value / 720) * 720

/**
 * The bars beneath the heat map; hovering a bar previews that day like hovering its cell, so the
 * day's figures show in its detail rather than in a tooltip per bar.
 */
export function MonthBars({
  days,
  onHover,
}: {
  days: DaySummary[]
  onHover: (date: string | null) => void
}) {
  const hatchId = `${useId()}-hatch`
  const m = useMessages()
  const totals = days.map((day) => lateMinutesOf(day) + afterHoursOf(day))
  const top = niceMax(Math.max(0, ...totals))
  const width = LEFT + days.length * SLOT + RIGHT
  const height = TOP + PLOT + BOTTOM
  const y = (minutes: number) => TOP + PLOT - (minutes / top) * PLOT
  const ticks = [0, top / 2, top]

  return (
    <figure className="bars">
      <figcaption className="bars-title">{m.month.barsTitle}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${m.month.barsTitle}. ${m.month.barsNote}`}
        onMouseLeave={() => onHover(null)}
      >
        <defs>
          <pattern
            id={hatchId}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" className="bar-after" />
            <rect width="1.6" height="5" className="bar-after-stripe" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick} className="bars-grid">
            <line x1={LEFT - 4} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 8} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatDuration(tick, m)}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const x = LEFT + index * SLOT + (SLOT - BAR) / 2
          const late = lateMinutesOf(day)
          const after = afterHoursOf(day)
          const lateTop = y(late)
          return (
            <Fragment key={day.date}>
              <rect
                x={x - 3}
                y={TOP}
                width={BAR + 6}
                height={PLOT + BOTTOM}
                className="bars-hit"
                data-date={day.date}
                onMouseEnter={() => onHover(day.date)}
              />
              {late > 0 ? (
                <rect x={x} y={lateTop} width={BAR} height={y(0) - lateTop} className="bar-late" />
              ) : null}
              {after > 0 ? (
                <rect
                  x={x}
                  y={y(late + after)}
                  width={BAR}
                  height={Math.max(1, lateTop - y(late + after) - (late > 0 ? 1 : 0))}
                  fill={`url(#${hatchId})`}
                  className="bar-after-outline"
                />
              ) : null}
              {isJudged(day) && late === 0 ? (
                <rect x={x} y={y(0) - 3} width={BAR} height={3} className="bar-on-time" />
              ) : null}
              <text x={x + BAR / 2} y={TOP + PLOT + 14} textAnchor="middle" className="bars-day">
                {formatDayNumber(day.date)}
              </text>
            </Fragment>
          )
        })}
      </svg>
      <ul className="bars-legend" aria-hidden="true">
        <li>
          <span className="bars-key bars-key-late" /> {m.month.barsLegendLate}
        </li>
        <li>
          <span className="bars-key bars-key-after" /> {m.month.barsLegendAfterHours}
        </li>
        <li>
          <span className="bars-key bars-key-on-time" /> {m.month.barsOnTimeMark}
        </li>
      </ul>
    </figure>
  )
}
