// Figure 2: storage at ten years of history, ours against one electron-store file holding every year.
import { afterAll, beforeAll, test } from 'vitest'
import { figure, report } from '../tests/support/figures'
import { removeStorageFixture, writeStorageFixture, type StorageFixture } from './storage-fixture'
import { appends, dailyFolds, monthReads, startUps } from './storage-timings'
import { median, steadyPercentile } from './timing'

const ROUNDS = 10
const LOADS = 30
/** Kilobytes as the renderer figures count them (1 kB = 1,000 bytes). */
const KB = 1000
const ms = (samples: readonly number[]) => `${median(samples).toFixed(2)} ms`

let fixture: StorageFixture

beforeAll(() => {
  fixture = writeStorageFixture()
})

afterAll(() => removeStorageFixture(fixture))

test('2. storage at ten years of history', (context) => {
  const append = appends(fixture, ROUNDS)
  const startUp = startUps(fixture, LOADS)
  const openMonth = monthReads(fixture, '2026-10', LOADS, true)
  const pastMonth = monthReads(fixture, '2019-03', LOADS, false)
  const folds = dailyFolds(fixture, 10)

  const { durations } = append
  const oursP95 = steadyPercentile(durations.ours, 0.95, ROUNDS)
  const baselineP95 = steadyPercentile(durations.baseline, 0.95, ROUNDS)
  const largestYear = Math.max(...fixture.yearFileBytes.values())
  const history = `${fixture.events.toLocaleString('en-US')} events on ${fixture.days.toLocaleString('en-US')} days`
  report(context, [
    figure({
      id: '2.1',
      name: 'Append one event, p95',
      unit: 'ms',
      ours: oursP95,
      baseline: baselineP95,
      budget: { atMost: 2 },
      note: `medians: ours ${ms(durations.ours)} (${durations.ours.length} appends), baseline ${ms(durations.baseline)} (${durations.baseline.length}); p95 = median over ${ROUNDS} rounds of each round's p95`,
    }),
    figure({
      id: '2.2',
      name: 'Append speed-up over one all-years file (p95)',
      unit: '×',
      ours: baselineP95 / oursP95,
      budget: { atLeast: 10 },
    }),
    figure({
      id: '2.3',
      name: 'Start-up load: settings + current year, median',
      unit: 'ms',
      ours: median(startUp.ours),
      baseline: median(startUp.baseline),
      budget: { atMost: 20 },
      note: `history: ${history}; ${fixture.yearFileBytes.size} year files, largest ${(largestYear / KB).toFixed(0)} kB; the all-years file ${(fixture.allYearsFileBytes / KB).toFixed(0)} kB`,
    }),
    figure({
      id: '2.4',
      name: 'Bytes written per appended event, median',
      unit: 'kB',
      ours: median(append.bytes.ours) / KB,
      baseline: median(append.bytes.baseline) / KB,
      budget: { atMost: largestYear / KB },
      deterministic: true,
      note: 'budget: one year file (the largest), so an append never writes the whole history',
    }),
    figure({
      id: '2.5',
      name: 'Read one month of the open year (2026-10), median',
      unit: 'ms',
      ours: median(openMonth.ours),
      baseline: median(openMonth.baseline),
    }),
    figure({
      id: '2.6',
      name: 'Read one month of a past year (2019-03), cold, median',
      unit: 'ms',
      ours: median(pastMonth.ours),
      baseline: median(pastMonth.baseline),
      note: "cold: opens the stores, then that year's file",
    }),
    figure({
      id: '2.7',
      name: 'Append straight into a year file (no journal), p95',
      unit: 'ms',
      ours: steadyPercentile(durations.yearFile, 0.95, ROUNDS),
      baseline: baselineP95,
      note: `median ${ms(durations.yearFile)}: re-serialises and fsyncs the whole year file; the journal is kept while this misses 2.1's budget`,
    }),
    figure({
      id: '2.8',
      name: "Daily fold of a finished day's journal, median",
      unit: 'ms',
      ours: folds === null ? null : median(folds),
      note:
        folds === null
          ? 'no journal: appends go straight to the year files'
          : 'at start-up and each 04:00 rollover: one write of the year file and one of the journal',
    }),
  ])
})
