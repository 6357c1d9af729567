/** Loads today's date once and the summary of whichever month is shown, ignoring answers that arrive late. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MonthSummary } from '../../../../core'
import { monthOfDate } from '../../format/local-date'
import { hostToday } from './month-dates'

/** Where the month view's data stands. */
export type MonthData =
  { state: 'loading' } | { state: 'ready'; summary: MonthSummary } | { state: 'failed' }

/** The month shown, today's date, the summary, and ways to move, reload or replace it. */
export function useMonthData() {
  const [today, setToday] = useState<string | null>(null)
  const [month, setMonth] = useState<string | null>(null)
  const [data, setData] = useState<MonthData>({ state: 'loading' })
  const latest = useRef(0)

  useEffect(() => {
    let live = true
    window.sundown
      .getToday()
      .then((state) => state.plan.date)
      .catch(() => hostToday())
      .then((date) => {
        if (!live) return
        setToday(date)
        setMonth((shown) => shown ?? monthOfDate(date))
      })
    return () => {
      live = false
    }
  }, [])

  const load = useCallback(async (target: string) => {
    const request = ++latest.current
    try {
      const summary = await window.sundown.getMonth({ month: target })
      if (request === latest.current) setData({ state: 'ready', summary })
    } catch {
      if (request === latest.current) setData({ state: 'failed' })
    }
  }, [])

  useEffect(() => {
    if (month === null) return
    setData({ state: 'loading' })
    void load(month)
  }, [month, load])

  const reload = useCallback(async () => {
    if (month !== null) await load(month)
  }, [month, load])

  const replace = useCallback((summary: MonthSummary) => {
    latest.current++
    setData({ state: 'ready', summary })
  }, [])

  return { today, month, setMonth, data, reload, replace }
}
