/** Export and import: everything as one JSON file, day records as CSV, and an import checked whole before any write. */
import * as v from 'valibot'
import { validateSettings, type DayRecord, type Settings } from '../core'
import { ExportFileSchema, type ExportFile } from '../shared/day-event-schema'
import type { ImportProblem } from '../shared/ipc-result'
import type { DayEventStore, DayEvents } from './electron-store-day-events'
import type { SettingsStore } from './electron-store-settings'
import { migrateSettings } from './settings-migrations'

/** The largest file an import reads: far beyond a century of real history, refused before reading it. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024
/** Keys Sundown never writes and a hostile file uses to reach an object's prototype. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** A refusal quotes what it found; a huge string must not become a huge message. */
const MAX_QUOTE_CHARS = 300

/** What an import answers: counts of events added and already present, or why nothing was imported. */
export type ImportResult = { imported: number; skipped: number } | { problem: ImportProblem }

/** Every setting and every day's events as one JSON document. */
export function exportAll(
  settingsStore: Pick<SettingsStore, 'read'>,
  dayStore: Pick<DayEventStore, 'allDays'>,
  clock: { now(): number },
): string {
  const file: ExportFile = {
    format: 'sundown-export',
    version: 1,
    exportedAt: new Date(clock.now()).toISOString(),
    settings: settingsStore.read(),
    days: dayStore.allDays(),
  }
  return JSON.stringify(file, null, 2)
}

const CSV_HEADER = [
  'date',
  'planned end',
  'end',
  'left at',
  'source',
  'on time',
  'minutes late',
  'planned overtime minutes',
  'after-hours minutes',
  'check-ins',
  'average energy',
  'average alignment',
]

const isoOrEmpty = (at: number | null): string => (at === null ? '' : new Date(at).toISOString())

const averageOf = (values: readonly number[]): string =>
  values.length === 0
    ? ''
    : String(
        Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100,
      )

/** RFC 4180: a field holding a quote, comma or line break is quoted, and its quotes doubled. */
const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** One CSV row per day record, under a header row; instants are ISO 8601 in UTC. */
export function exportRecordsCsv(records: readonly DayRecord[]): string {
  const rows = records.map((record) => [
    record.date,
    isoOrEmpty(record.plannedEndAt),
    isoOrEmpty(record.endAt),
    isoOrEmpty(record.leftAt),
    record.leftSource ?? '',
    record.onTime === null ? '' : record.onTime ? 'yes' : 'no',
    record.minutesLate === null ? '' : String(record.minutesLate),
    String(record.plannedOvertimeMinutes),
    String(record.afterHoursMinutes),
    String(record.checkIns.length),
    averageOf(record.checkIns.map((checkIn) => checkIn.energy)),
    averageOf(record.checkIns.map((checkIn) => checkIn.alignment)),
  ])
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

const clip = (quote: string): string =>
  quote.length > MAX_QUOTE_CHARS ? `${quote.slice(0, MAX_QUOTE_CHARS)}…` : quote

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Refusal = { problem: ImportProblem }

/** Parses JSON, refusing prototype keys anywhere: the reviver sees every key, however deep. */
function parseJson(text: string): { data: unknown } | Refusal {
  let forbidden: string | null = null
  try {
    const data: unknown = JSON.parse(text, (key, value: unknown) => {
      if (PROTOTYPE_KEYS.has(key)) forbidden = key
      return value
    })
    if (forbidden !== null) {
      return { problem: { code: 'import-forbidden-key', key: forbidden } }
    }
    return { data }
  } catch {
    return { problem: { code: 'import-not-json' } }
  }
}

/** The whole file checked: its shape, every event, and the settings after migration. */
function checkImport(text: string): { settings: Settings; days: DayEvents[] } | Refusal {
  const json = parseJson(text)
  if ('problem' in json) return json
  const data = json.data
  if (!isRecord(data) || data['format'] !== 'sundown-export') {
    return { problem: { code: 'import-not-export' } }
  }
  if (data['version'] !== 1) {
    const version = clip(JSON.stringify(data['version']) ?? 'missing')
    return { problem: { code: 'import-version', version } }
  }
  const parsed = v.safeParse(ExportFileSchema, data)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    // The event schema's wording is technical and stays as valibot writes it.
    return {
      problem: { code: 'import-at', path: v.getDotPath(issue), issue: clip(issue.message) },
    }
  }
  const settings = validateSettings(migrateSettings(parsed.output.settings).settings)
  if (!settings.ok) {
    return { problem: { code: 'import-settings', error: settings.errors[0] ?? null } }
  }
  return { settings: settings.settings, days: parsed.output.days }
}

/** Imports an export: refused whole, with a message naming the problem, unless every part is valid. */
export function importJson(
  text: string,
  settingsStore: Pick<SettingsStore, 'write'>,
  dayStore: Pick<DayEventStore, 'merge'>,
): ImportResult {
  const checked = checkImport(text)
  if ('problem' in checked) return checked
  const counts = dayStore.merge(checked.days)
  settingsStore.write(checked.settings)
  return counts
}
