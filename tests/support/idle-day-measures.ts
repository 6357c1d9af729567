/** Figure 1's rows from a simulated day: wakeups against the 1-second polling baseline, their cadence, store writes, reads and replays; each with its budget. */
import { MINUTE_MS } from '../../src/core'
import type { DayWork } from './day-work-counter'
import type { IdleDay } from './idle-day'
import type { Wakeup } from './wakeup-log'

const HEARTBEAT_MINUTES = 5

/** A limit a measure must stay under (`atMost`) or reach (`atLeast`); the bench's figures take it as it is. */
export type Budget = { atMost: number } | { atLeast: number }

/** One deterministic row of figure 1: what was measured, beside its baseline and its budget. */
export interface IdleDayMeasure {
  id: string
  name: string
  unit: string
  ours: number | null
  baseline?: number
  budget: Budget
  note?: string
}

/** Whether a measure was taken and meets its budget. */
export const meetsBudget = ({ ours, budget }: IdleDayMeasure): boolean =>
  ours !== null && ('atMost' in budget ? ours <= budget.atMost : ours >= budget.atLeast)

/** The shortest gap, in minutes, between consecutive wakeups where the later one passes `counts`. */
function shortestGapMinutes(
  wakeups: readonly Wakeup[],
  counts: (wakeup: Wakeup, previous: Wakeup) => boolean,
): number | null {
  let shortest: number | null = null
  for (let index = 1; index < wakeups.length; index++) {
    const [previous, wakeup] = [wakeups[index - 1] as Wakeup, wakeups[index] as Wakeup]
    if (!counts(wakeup, previous)) continue
    const gap = (wakeup.at - previous.at) / MINUTE_MS
    shortest = shortest === null ? gap : Math.min(shortest, gap)
  }
  return shortest
}

/** The most wakeups in any one clock minute between `from` and `to`. */
function busiestMinute(wakeups: readonly Wakeup[], from: number, to: number): number {
  const perMinute = new Map<number, number>()
  for (const { at } of wakeups) {
    if (at < from || at > to) continue
    const minute = Math.floor(at / MINUTE_MS)
    perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1)
  }
  return Math.max(0, ...perMinute.values())
}

/** The most of `pick` per appended event over the user's actions (each stores one event or more). */
function mostPerAppend(day: IdleDay, pick: (work: DayWork) => number): number | null {
  const perAppend = day.actionWork
    .filter(({ work }) => work.appends > 0)
    .map(({ work }) => pick(work) / work.appends)
  return perAppend.length === 0 ? null : Math.max(...perAppend)
}

const actionsNote = (day: IdleDay, pick: (work: DayWork) => number): string =>
  day.actionWork.map(({ action, work }) => `${action} ${pick(work)}/${work.appends}`).join(', ')

/** The rows of figure 1. */
export function idleDayMeasures(day: IdleDay, baselineWakeups: number): IdleDayMeasure[] {
  const { from, to } = day.promptWindow
  const inWindow = (wakeup: Wakeup) => wakeup.at >= from && wakeup.at <= to
  const idleWork = day.wakeups.filter(
    (wakeup) => wakeup.source === 'other' || (wakeup.source === 'prompt' && !wakeup.firedPrompt),
  )
  const outsideGap = shortestGapMinutes(
    day.wakeups,
    (wakeup) => !inWindow(wakeup) && wakeup.source === 'watchdog',
  )
  const heartbeatGap = shortestGapMinutes(
    day.heartbeatWrites.map((at) => ({ at, source: 'other', firedPrompt: false })),
    () => true,
  )
  return [
    {
      id: '1.1',
      name: 'Timer wakeups in 24 h (whole main process)',
      unit: 'wakeups',
      ours: day.wakeups.length,
      baseline: baselineWakeups,
      budget: { atMost: 300 },
      note: `baseline: a 1-second polling loop; the fake clock counted ${day.clockWakeups}`,
    },
    {
      id: '1.2',
      name: 'Shortest watchdog interval outside the prompt window',
      unit: 'min',
      ours: outsideGap,
      baseline: 1 / 60,
      budget: { atLeast: 5 },
    },
    {
      id: '1.3',
      name: 'Most wakeups in one minute inside the prompt window',
      unit: 'wakeups',
      ours: busiestMinute(day.wakeups, from, to),
      baseline: 60,
      budget: { atMost: 1 },
      note: 'prompt window: heads-up 17:15 to ritual completed 17:40',
    },
    {
      id: '1.4',
      name: 'Wakeups that are neither the watchdog nor a due prompt',
      unit: 'wakeups',
      ours: idleWork.length,
      budget: { atMost: 0 },
    },
    {
      id: '1.5',
      name: 'Day-file writes per day event',
      unit: 'writes/event',
      ours: day.dayEventsAppended === 0 ? null : day.dayEventWrites / day.dayEventsAppended,
      budget: { atMost: 1 },
      note: `${day.dayEventWrites} writes for ${day.dayEventsAppended} events (${Object.entries(
        day.dayWritesByFile,
      )
        .map(([file, writes]) => `${file} ×${writes}`)
        .join(', ')}); events: ${day.eventTypes.join(', ')}; ${day.otherWrites} other writes`,
    },
    {
      id: '1.6',
      name: 'Shortest interval between heartbeat writes',
      unit: 'min',
      ours: heartbeatGap,
      budget: { atLeast: HEARTBEAT_MINUTES },
      note: `${day.heartbeatWrites.length} overwrites of app-state.json over ${Math.round(day.openMinutes)} open minutes`,
    },
    {
      id: '1.7',
      name: 'Day-event reads per appended event (most for one user action)',
      unit: 'reads/event',
      ours: mostPerAppend(day, (work) => work.reads),
      budget: { atMost: 1 },
      note: `reads/events per action: ${actionsNote(day, (work) => work.reads)}`,
    },
    {
      id: '1.8',
      name: 'Replays of today per appended event (most for one user action)',
      unit: 'replays/event',
      ours: mostPerAppend(day, (work) => work.todayReplays),
      budget: { atMost: 1 },
      note: `replays/events per action: ${actionsNote(day, (work) => work.todayReplays)}`,
    },
    {
      id: '1.9',
      name: 'Replays of an earlier day per user action (no confirmation pending)',
      unit: 'replays',
      ours: Math.max(0, ...day.actionWork.map(({ work }) => work.otherReplays)),
      budget: { atMost: 0 },
      note: "Monday's leave time needs no confirmation: its replay at start-up is kept",
    },
    {
      id: '1.10',
      name: 'Replays of today per watchdog tick, unattended evening',
      unit: 'replays/tick',
      ours:
        day.eveningWork.ticks === 0
          ? null
          : day.eveningWork.work.todayReplays / day.eveningWork.ticks,
      budget: { atMost: 1 },
      note: `${day.eveningWork.work.todayReplays} replays and ${day.eveningWork.work.reads} day-event reads over ${day.eveningWork.ticks} ticks, 17:42–03:59: the heartbeat, the idle check and the re-plan share one`,
    },
  ]
}
