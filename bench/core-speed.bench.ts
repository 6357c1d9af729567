// Figure 3: the core's speed on ten years of history: a month summary, all-time statistics, a busy day's replay.
import { test } from 'vitest'
import { replayDay, summarizeAllTime, summarizeMonth } from '../src/core'
import {
  busyDay,
  CORE_NOW,
  CORE_SETTINGS,
  datesSince,
  monthInputs,
  monthsOf,
  plansOf,
  recordsOf,
  summarizeEveryMonth,
  summarizeEveryMonthNaively,
} from './core-fixtures'
import { figure, report } from '../tests/support/figures'
import { HISTORY_TODAY, tenYearsOfHistory } from './ten-years'
import { median, timeRuns } from './timing'

const MONTH = '2026-10'
const ms = (samples: readonly number[]) => `${median(samples).toFixed(0)} ms`

test('3. core speed', (context) => {
  const days = tenYearsOfHistory()
  const history = new Map(days.map((day) => [day.date, day.events]))
  const { plans, records } = monthInputs(history, MONTH)
  const summarize = timeRuns(
    () => {
      summarizeMonth(records, plans, MONTH, HISTORY_TODAY)
    },
    300,
    30,
  )
  const fromEvents = timeRuns(() => void monthInputs(history, MONTH), 50, 5)

  const months = monthsOf(days)
  const dates = datesSince(months)
  const allPlans = plansOf(dates)
  const allRecords = recordsOf(allPlans, history)
  const planning = timeRuns(() => void plansOf(dates), 10, 2)
  const replaying = timeRuns(() => void recordsOf(allPlans, history), 10, 2)
  const allTime = timeRuns(() => void summarizeAllTime(allRecords, allPlans, HISTORY_TODAY), 20, 3)
  const monthByMonth = timeRuns(() => void summarizeEveryMonth(allPlans, allRecords, months), 10, 2)
  const naively = timeRuns(
    () => void summarizeEveryMonthNaively(allPlans, allRecords, months),
    10,
    2,
  )

  const busy = busyDay()
  const replay = timeRuns(
    () => void replayDay(busy.plan, busy.events, CORE_SETTINGS, CORE_NOW),
    500,
    50,
  )
  report(context, [
    figure({
      id: '3.1',
      name: 'summarizeMonth over a full month, median',
      unit: 'ms',
      ours: median(summarize),
      budget: { atMost: 1 },
      note: `${MONTH}: ${records.length} day records (the month and the one before it, for deltas)`,
    }),
    figure({
      id: '3.2',
      name: 'A month from its events (planFor + replayDay × 61), median',
      unit: 'ms',
      ours: median(fromEvents),
      note: 'what a month view costs the main process before summarizeMonth',
    }),
    figure({
      id: '3.3',
      name: 'All-time statistics over ten years (summarizeAllTime), median',
      unit: 'ms',
      ours: median(allTime),
      baseline: median(naively),
      budget: { atMost: 50 },
      note: `${dates.length} day records in one pass (summarizeMonth month by month on its own slice: ${ms(monthByMonth)}; baseline: each month handed all ten years)`,
    }),
    figure({
      id: '3.5',
      name: 'Deriving ten years of records from events (planFor + replayDay), median',
      unit: 'ms',
      ours: median(planning) + median(replaying),
      note: `planFor ${ms(planning)} + replayDay ${ms(replaying)}: derived once per settings change, not per view`,
    }),
    figure({
      id: '3.4',
      name: 'replayDay for a day of 200 events, median',
      unit: 'ms',
      ours: median(replay),
      budget: { atMost: 1 },
      note: `${busy.events.length} events`,
    }),
  ])
})
