/** The bench's unit of report: one measured figure beside its naive baseline and its budget. */
import type { TestContext } from 'vitest'

/** Whether a figure met its budget; `pending` when it could not be measured here, `info` when it has no budget. */
export type FigureStatus = 'pass' | 'fail' | 'pending' | 'info'

/** The 25th and 75th percentiles of a timing's samples. */
export interface Spread {
  low: number
  high: number
}

/** A limit a figure must stay under (`atMost`) or reach (`atLeast`). */
export type Budget = { atMost: number } | { atLeast: number }

/** One row of the table. */
export interface Figure {
  /** Section and row, such as `2.1`; the table is sorted by it. */
  id: string
  name: string
  unit: string
  ours: number | null
  /** For a median: the middle half of the samples (25th to 75th percentile), in `unit`. */
  spread?: Spread
  baseline: number | null
  /** How many times better than the baseline ours is, by the budget's direction; null without a baseline. */
  ratio: number | null
  budget: Budget | null
  status: FigureStatus
  /** Deterministic figures (counts, bytes) are the ones CI checks; timings are not. */
  deterministic: boolean
  note?: string
}

declare module 'vitest' {
  interface TaskMeta {
    /** Figures a bench test measured, read by the bench reporter. */
    figures?: Figure[]
  }
}

/** What a bench file states about one figure; status and ratio are worked out from it. */
export interface FigureInput {
  id: string
  name: string
  unit: string
  ours: number | null
  spread?: Spread
  baseline?: number | null
  budget?: Budget | null
  deterministic?: boolean
  note?: string
  /** Why `ours` could not be measured here; the figure is then pending, never passed. */
  pendingReason?: string
}

const meets = (value: number, budget: Budget): boolean =>
  'atMost' in budget ? value <= budget.atMost : value >= budget.atLeast

/** Builds a figure: pass or fail against its budget, info without one, pending without a value. */
export function figure(input: FigureInput): Figure {
  const baseline = input.baseline ?? null
  const budget = input.budget ?? null
  const { ours } = input
  const higherIsBetter = budget !== null && 'atLeast' in budget
  const ratio =
    ours === null || baseline === null || ours <= 0 || baseline <= 0
      ? null
      : higherIsBetter
        ? ours / baseline
        : baseline / ours
  const status: FigureStatus =
    ours === null ? 'pending' : budget === null ? 'info' : meets(ours, budget) ? 'pass' : 'fail'
  const note = input.pendingReason ?? input.note
  return {
    id: input.id,
    name: input.name,
    unit: input.unit,
    ours,
    ...(input.spread === undefined || ours === null ? {} : { spread: input.spread }),
    baseline,
    ratio,
    budget,
    status,
    deterministic: input.deterministic ?? false,
    ...(note === undefined ? {} : { note }),
  }
}

/** Hands figures to the bench reporter through the running test's metadata. */
export function report(context: Pick<TestContext, 'task'>, figures: readonly Figure[]): void {
  context.task.meta.figures = [...(context.task.meta.figures ?? []), ...figures]
}
