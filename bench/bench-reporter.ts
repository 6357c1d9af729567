/** The Vitest reporter of `npm run bench`: gathers every test's figures, prints the table, writes the JSON, fails on a missed budget. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Reporter, TestModule } from 'vitest/node'
import type { Figure } from '../tests/support/figures'
import { allBudgetsMet, formatTable, resultsDocument } from './report'

/** Where the latest results go. */
export const RESULTS_FILE = resolve('bench-results/latest.json')

/** Prints the table once the run ends and sets a non-zero exit code unless every budget was met. */
export class BenchReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const figures: Figure[] = []
    for (const testModule of testModules) {
      for (const testCase of testModule.children.allTests()) {
        figures.push(...(testCase.meta().figures ?? []))
      }
    }
    mkdirSync(dirname(RESULTS_FILE), { recursive: true })
    writeFileSync(RESULTS_FILE, `${JSON.stringify(resultsDocument(figures), null, 2)}\n`)
    const met = allBudgetsMet(figures)
    process.stdout.write(`\n${formatTable(figures)}\n\n`)
    process.stdout.write(
      met
        ? `Every budget met. Written to ${RESULTS_FILE}\n`
        : `Budgets missed or pending (see FAIL / PENDING above). Written to ${RESULTS_FILE}\n`,
    )
    if (!met) process.exitCode = 1
  }
}

// Vitest loads a reporter given by path from its default export.
export default BenchReporter
