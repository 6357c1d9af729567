/** Figure 1 for the bench's table: the simulated day's measures (tests/support/idle-day-measures.ts), all deterministic. */
import type { IdleDay } from '../tests/support/idle-day'
import { idleDayMeasures } from '../tests/support/idle-day-measures'
import { figure, type Figure } from '../tests/support/figures'

/** The rows of figure 1. */
export const idleCostFigures = (day: IdleDay, baselineWakeups: number): Figure[] =>
  idleDayMeasures(day, baselineWakeups).map((measure) =>
    figure({ ...measure, deterministic: true }),
  )
