/** Minutes past the end per day as SVG bars, with after-hours minutes stacked on top in a hatched fill. */
import { useId, type MouseEvent } from 'react'
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

/** A rectangle as path data. */
const box = (x: number, top: number, width: number, height: number): string =>
  `M${x} ${top}h${width}v${height}h${-width}Z`

/** Every day's late, after-hours and on-time shapes, each kind as one path: a month is three elements, not ninety. */
function barShapes(days: readonly DaySummary[], y: (minutes: number) => number) {
  let late = ''
  let after = ''
  let onTime = ''
  days.forEach((day, index) => {
    const x = LEFT + index * SLOT + (SLOT - BAR) / 2
    const lateMinutes = lateMinutesOf(day)
    const afterMinutes = afterHoursOf(day)
    const lateTop = y(lateMinutes)
    if (lateMinutes > 0) late += box(x, lateTop, BAR, y(0) - lateTop)
    if (afterMinutes > 0) {
      const afterTop = y(lateMinutes + afterMinutes)
      after += box(x, afterTop, BAR, Math.max(1, lateTop - afterTop - (lateMinutes > 0 ? 1 : 0)))
    }
    if (isJudged(day) && lateMinutes === 0) onTime += box(x, y(0) - 3, BAR, 3)
  })
  return { late, after, onTime }
}

/** The day whose slot the pointer is over, or null between the axis and the first slot. */
function dayUnder(event: MouseEvent<SVGRectElement>, days: readonly DaySummary[]): string | null {
  const toChart = event.currentTarget.ownerSVGElement?.getScreenCTM()?.inverse()
  if (!toChart) return null
  const x = new DOMPoint(event.clientX, event.clientY).matrixTransform(toChart).x
  return days[Math.floor((x - LEFT) / SLOT)]?.date ?? null
}

/**
 * The bars beneath the heat map; the pointer over a day's slot previews that day like hovering
 * its cell, so the day's figures show in its detail rather than in a tooltip per bar.
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
  const shapes = barShapes(days, y)

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
        {shapes.late ? <path d={shapes.late} className="bar-late" /> : null}
        {shapes.after ? (
          <path d={shapes.after} fill={`url(#${hatchId})`} className="bar-after-outline" />
        ) : null}
        {shapes.onTime ? <path d={shapes.onTime} className="bar-on-time" /> : null}
        {days.map((day, index) => (
          <text
            key={day.date}
            x={LEFT + index * SLOT + SLOT / 2}
            y={TOP + PLOT + 14}
            textAnchor="middle"
            className="bars-day"
          >
            {formatDayNumber(day.date)}
          </text>
        ))}
        <rect
          x={LEFT}
          y={TOP}
          width={days.length * SLOT}
          height={PLOT + BOTTOM}
          className="bars-hit"
          onMouseMove={(event) => onHover(dayUnder(event, days))}
        />
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
