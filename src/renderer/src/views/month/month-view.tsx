/** The month window: heat map, bars, figures, review and table for one month, with month-to-month navigation. */
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { DayDetail } from './day-detail'
import { addMonths } from './month-dates'
import { MonthBody } from './month-body'
import { MonthCalendar } from './month-calendar'
import { formatMonth, prepareMonthFormats } from './month-format'
import { MonthLegend } from './month-legend'
import { useDevicesOnce } from './use-devices-once'
import { useMonthData } from './use-month-data'
import { firstDayOfWeek } from './week-start'
import { useMessages } from '../../i18n/messages-context'
import './month-view.css'
import './month-chart.css'
import './month-panels.css'
import './month-extras.css'

/** Arrow keys move months unless the user is typing or working a control that uses them. */
const keepsArrows = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** The month view; it fetches everything itself through `window.sundown`. */
export function MonthView() {
  const m = useMessages()
  const { today, month, setMonth, data, reload, replace } = useMonthData()
  const devices = useDevicesOnce()
  const [selected, setSelected] = useState<string | null>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  const [focusDay, setFocusDay] = useState<number | null>(null)
  // The week starts where the locale of the chosen language starts it.
  const firstDay = useMemo(() => firstDayOfWeek(), [m])
  const detailId = useId()
  // Selecting a day (which the pending focus itself does) ends the focus hand-over, so a later reload cannot steal focus.
  const selectDay = useCallback((date: string) => {
    setSelected(date)
    setFocusDay(null)
  }, [])
  // Tab from a day goes on to the next day (and selects it), so the keyboard reaches a day's
  // correction through Enter or Space on the day: focus moves to its time field, or to the panel.
  const openDay = useCallback(() => {
    requestAnimationFrame(() => {
      const panel = document.getElementById(detailId)
      ;(panel?.querySelector<HTMLElement>('input') ?? panel)?.focus()
    })
  }, [detailId])

  const go = useCallback(
    (step: number, keepFocus: boolean) => {
      if (month === null) return
      const focusedDate = (document.activeElement as HTMLElement | null)?.dataset?.['date']
      setFocusDay(keepFocus && focusedDate ? Number(focusedDate.slice(8)) : null)
      setSelected(null)
      setHovered(null)
      setMonth(addMonths(month, step))
    },
    [month, setMonth],
  )

  useEffect(() => prepareMonthFormats(m), [m])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
      if (keepsArrows(event.target)) return
      event.preventDefault()
      go(event.key === 'ArrowLeft' ? -1 : 1, true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  const summary = data.state === 'ready' && data.summary.month === month ? data.summary : null
  const focusDate =
    summary && focusDay !== null
      ? (summary.days[Math.min(focusDay, summary.days.length) - 1]?.date ?? null)
      : null
  const ready = summary && today !== null && month !== null ? { summary, today, month } : null
  const shownDate = hovered ?? selected
  const shownDay = summary?.days.find((day) => day.date === shownDate) ?? null
  const title = month ? formatMonth(month) : ''

  return (
    <main className="month-view" aria-busy={summary === null}>
      <header className="month-header">
        <button
          type="button"
          className="button month-nav"
          onClick={() => go(-1, false)}
          disabled={month === null}
          aria-label={
            month
              ? m.month.previousMonthNamed({ month: formatMonth(addMonths(month, -1)) })
              : m.month.previousMonth
          }
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h1 aria-live="polite">{title}</h1>
        <button
          type="button"
          className="button month-nav"
          onClick={() => go(1, false)}
          disabled={month === null}
          aria-label={
            month
              ? m.month.nextMonthNamed({ month: formatMonth(addMonths(month, 1)) })
              : m.month.nextMonth
          }
        >
          <span aria-hidden="true">›</span>
        </button>
        <p className="month-hint muted">{m.month.arrowHint}</p>
      </header>

      {data.state === 'failed' ? (
        <div className="month-failed" role="alert">
          <p>{m.month.loadFailed}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {m.month.retry}
          </button>
        </div>
      ) : (
        <>
          <div className="month-top">
            <div className="month-chart">
              {ready ? (
                <MonthCalendar
                  month={ready.month}
                  days={ready.summary.days}
                  firstDay={firstDay}
                  today={ready.today}
                  selected={selected}
                  focusDate={focusDate}
                  onSelect={selectDay}
                  onOpen={openDay}
                  onHover={setHovered}
                  detailId={detailId}
                />
              ) : (
                <p className="muted month-loading" role="status">
                  {m.month.loading}
                </p>
              )}
              <MonthLegend />
            </div>
            {ready ? (
              <DayDetail
                id={detailId}
                day={shownDay}
                editable={shownDate !== null && shownDate === selected}
                today={ready.today}
                devices={devices}
                onCorrected={reload}
              />
            ) : null}
          </div>
          {ready ? (
            <MonthBody {...ready} firstDay={firstDay} onHover={setHovered} onSaved={replace} />
          ) : null}
        </>
      )}
    </main>
  )
}
