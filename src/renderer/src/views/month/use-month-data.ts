/** Today's date (from the window's first state, or asked once) and the summary of whichever month is shown, ignoring answers that arrive late. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MonthSummary } from '../../../../core'
import { monthOfDate } from '../../format/local-date'
import { useInitialToday } from '../../initial-today'
import { valueOf } from '../../ipc-value'
import { hostToday } from './month-dates'

/** Where the month view's data stands. */
export type MonthData =
  { state: 'loading' } | { state: 'ready'; summary: MonthSummary } | { state: 'failed' }

/** The month shown, today's date, the summary, and ways to move, reload or replace it. */
export function useMonthData() {
  // The window's state from before its first render, when it has one, names today at once.
  const initialDate = useInitialToday()?.plan.date ?? null
  const [today, setToday] = useState<string | null>(initialDate)
  const [month, setMonth] = useState<string | null>(() =>
    initialDate === null ? null : monthOfDate(initialDate),
  )
  const [data, setData] = useState<MonthData>({ state: 'loading' })
  const latest = useRef(0)

  useEffect(() => {
    if (initialDate !== null) return
    let live = true
    window.sundown
      .getToday()
      .then((result) => valueOf(result)?.plan.date ?? hostToday())
      .catch(() => hostToday())
      .then((date) => {
        if (!live) return
        setToday(date)
        setMonth((shown) => shown ?? monthOfDate(date))
      })
    return () => {
      live = false
    }
  }, [initialDate])

  const load = useCallback(async (target: string) => {
    const request = ++latest.current
    try {
      const result = await window.sundown.getMonth({ month: target })
      if (request !== latest.current) return
      setData(result.ok ? { state: 'ready', summary: result.value } : { state: 'failed' })
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
