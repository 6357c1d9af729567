/** Timing helpers: repeated runs summarised by median and percentiles, so one noisy run cannot decide. */

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new RangeError('No samples to summarise.')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[rank] as number
}

/** The middle sample. */
export const median = (samples: readonly number[]): number => percentile(samples, 0.5)

/** The middle half of the samples: their 25th and 75th percentiles. */
export const spreadOf = (samples: readonly number[]): { low: number; high: number } => ({
  low: percentile(samples, 0.25),
  high: percentile(samples, 0.75),
})

/** Milliseconds each of `runs` calls of `work` took, after `warmup` untimed calls. */
export function timeRuns(work: (run: number) => void, runs: number, warmup = 3): number[] {
  for (let run = 0; run < warmup; run++) work(run)
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const startedAt = performance.now()
    work(run)
    samples.push(performance.now() - startedAt)
  }
  return samples
}

/** `timeRuns` for work that awaits. */
export async function timeRunsAsync(
  work: (run: number) => Promise<void>,
  runs: number,
  warmup = 1,
): Promise<number[]> {
  for (let run = 0; run < warmup; run++) await work(run)
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const startedAt = performance.now()
    await work(run)
    samples.push(performance.now() - startedAt)
  }
  return samples
}

/** One kind of work to time: in each round, `warmup` untimed runs, then `times` timed ones, then `after`. */
export interface Step {
  run: (round: number) => void
  times?: number
  warmup?: number
  /** Untimed housekeeping once the round's block is done. */
  after?: (round: number) => void
}

/**
 * Times several kinds of work in alternating blocks, round after round: a noisy stretch on the
 * machine then touches every kind alike, and each block's untimed warm-up runs absorb what the
 * block before it left behind (garbage to collect, pages to write back).
 */
export function alternateBlocks<Name extends string>(
  steps: Record<Name, Step>,
  rounds: number,
): Record<Name, number[]> {
  const entries = Object.entries(steps) as [Name, Step][]
  const samples = Object.fromEntries(entries.map(([name]) => [name, [] as number[]])) as Record<
    Name,
    number[]
  >
  for (let round = 0; round < rounds; round++) {
    for (const [name, { run, times = 1, warmup = 2, after }] of entries) {
      for (let time = 0; time < warmup; time++) run(round)
      for (let time = 0; time < times; time++) {
        const startedAt = performance.now()
        run(round)
        samples[name].push(performance.now() - startedAt)
      }
      after?.(round)
    }
  }
  return samples
}

/** A percentile robust to one noisy stretch: the median of that percentile over `groups` consecutive slices. */
export function steadyPercentile(samples: readonly number[], fraction: number, groups = 5): number {
  const size = Math.max(1, Math.floor(samples.length / groups))
  const slices: number[] = []
  for (let start = 0; start + size <= samples.length; start += size) {
    slices.push(percentile(samples.slice(start, start + size), fraction))
  }
  return median(slices)
}
