/** The bench's output: one aligned table for the terminal and one JSON document for bench-results/latest.json. */
import { cpus, platform, release } from 'node:os'
import type { Budget, Figure } from '../tests/support/figures'

const COLUMNS = ['figure', 'ours', 'baseline', 'ratio', 'budget', 'result'] as const

/** A number with sensible precision: whole above 100, two significant decimals below. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const magnitude = Math.abs(value)
  if (magnitude >= 100 || Number.isInteger(value)) return Math.round(value).toLocaleString('en-US')
  if (magnitude >= 10) return value.toFixed(1)
  if (magnitude >= 1) return value.toFixed(2)
  return value.toPrecision(2)
}

const withUnit = (value: number | null, unit: string): string =>
  value === null ? '—' : `${formatNumber(value)} ${unit}`

/** A median with its middle half: `149 ms (131–160)`. */
const oursText = (figure: Figure): string =>
  figure.spread === undefined || figure.ours === null
    ? withUnit(figure.ours, figure.unit)
    : `${withUnit(figure.ours, figure.unit)} (${formatNumber(figure.spread.low)}–${formatNumber(figure.spread.high)})`

const budgetText = (budget: Budget | null, unit: string): string =>
  budget === null
    ? '—'
    : 'atMost' in budget
      ? `≤ ${formatNumber(budget.atMost)} ${unit}`
      : `≥ ${formatNumber(budget.atLeast)} ${unit}`

const resultText = (figure: Figure): string =>
  ({ pass: 'pass', fail: 'FAIL', pending: 'PENDING', info: 'info' })[figure.status]

/** The cells of one row, in column order. */
function cells(figure: Figure): string[] {
  return [
    `${figure.id} ${figure.name}`,
    oursText(figure),
    withUnit(figure.baseline, figure.unit),
    figure.ratio === null ? '—' : `${formatNumber(figure.ratio)}×`,
    budgetText(figure.budget, figure.unit),
    resultText(figure),
  ]
}

/** Figures in table order. */
export const byId = (figures: readonly Figure[]): Figure[] =>
  [...figures].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))

/** The table as Markdown, which reads as a plain table in a terminal too; notes follow it. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = byId(figures).map(cells)
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  )
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`
  const notes = byId(figures)
    .filter((figure) => figure.note)
    .map((figure) => `- ${figure.id}: ${figure.note}`)
  return [
    line(COLUMNS),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n')
}

/** Whether every budget was met: no figure failed, and none with a budget is pending. */
export const allBudgetsMet = (figures: readonly Figure[]): boolean =>
  figures.every(
    (figure) => figure.status !== 'fail' && (figure.status !== 'pending' || figure.budget === null),
  )

/** The JSON written to bench-results/latest.json. */
export function resultsDocument(figures: readonly Figure[], now = new Date()) {
  const cpu = cpus()
  return {
    generatedAt: now.toISOString(),
    machine: {
      node: process.version,
      platform: `${platform()} ${release()}`,
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
    },
    allBudgetsMet: allBudgetsMet(figures),
    figures: byId(figures),
  }
}
