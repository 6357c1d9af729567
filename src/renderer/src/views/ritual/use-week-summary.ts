/** This week's on-time count for the Friday ritual, from the month summaries of the week's months. */
import { useEffect, useState } from 'react'
import type { DayStatus, LocalDate } from '../../../../core'
import { addDaysTo, monthOfDate, weekdayIndexOf } from '../../format/local-date'
import { valueOf } from '../../ipc-value'

/** Days of the week so far that have a verdict, and how many of them were on time. */
export interface WeekSummary {
  onTime: number
  judged: number
}

const JUDGED: ReadonlySet<DayStatus> = new Set(['on-time', 'a-little-late', 'late', 'very-late'])

/** Loads the week holding `date` (Monday to `date`), or stays null when `date` is null or loading fails. */
export function useWeekSummary(date: LocalDate | null): WeekSummary | null {
  const [summary, setSummary] = useState<WeekSummary | null>(null)
  useEffect(() => {
    if (date === null) return
    let live = true
    const monday = addDaysTo(date, -weekdayIndexOf(date))
    // A week that starts in last month needs both months.
    const months = [...new Set([monthOfDate(monday), monthOfDate(date)])]
    Promise.all(months.map((month) => window.sundown.getMonth({ month }))).then(
      (results) => {
        const summaries = results.map(valueOf)
        // A month that could not be read leaves the week's line out, as a failed read did.
        if (summaries.some((month) => month === null)) return
        const days = summaries
          .flatMap((month) => month?.days ?? [])
          .filter((day) => day.date >= monday && day.date <= date && JUDGED.has(day.status))
        const onTime = days.filter((day) => day.status === 'on-time').length
        if (live) setSummary({ onTime, judged: days.length })
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [date])
  return summary
}
