/** What every IPC command answers: its value, or a problem as data that the messages put into words. */
import type { FieldError, SettingsProblem } from '../core'

/** What can be wrong with one field of a request other than settings; codes apart from SettingsProblem's. */
export type RequestProblem =
  | { code: 'scale' }
  | { code: 'text-too-long'; max: number }
  | { code: 'clock-time' }
  | { code: 'calendar-date' }
  | { code: 'unknown-view' }
  | { code: 'unknown-zone' }
  | { code: 'not-after-end'; end: string }
  | { code: 'not-passed'; time: string; date: string }
  | { code: 'device-name-empty' }

/** A problem with one field of a request, named by its dotted path (`note`, `weekly.mon.end`). */
export interface FieldProblem {
  field: string
  problem: RequestProblem | SettingsProblem
}

/** Why an import changed nothing. */
export type ImportProblem =
  | { code: 'import-too-large' }
  | { code: 'import-not-json' }
  | { code: 'import-forbidden-key'; key: string }
  | { code: 'import-not-export' }
  | { code: 'import-version'; version: string }
  /** The event schema's wording is technical and travels as valibot writes it. */
  | { code: 'import-at'; path: string | null; issue: string }
  | { code: 'import-settings'; error: FieldError | null }

/** Why a command did nothing. */
export type IpcProblem =
  /** Fields at fault, each named: a refused payload, settings that do not validate, a time out of range. */
  | { code: 'fields'; errors: FieldProblem[] }
  | { code: 'not-workday' }
  | { code: 'nothing-to-confirm'; date: string }
  /** The chosen sync folder cannot be written: nothing changed, sync stays as it was. */
  | { code: 'sync-folder-unwritable'; folder: string }
  /** The request came from a page that is not one of Sundown's own windows. */
  | { code: 'not-sundown' }
  /** A bug in main: the handler threw, and the error went to the log. */
  | { code: 'failed' }
  | ImportProblem

/** A command's answer: `{ ok: true, value }`, or `{ ok: false, problem }` and nothing was done. */
export type IpcResult<Value> = { ok: true; value: Value } | { ok: false; problem: IpcProblem }

/** A command's success. */
export const done = <Value>(value: Value): { ok: true; value: Value } => ({ ok: true, value })

/** A command's refusal. */
export const refused = (problem: IpcProblem): { ok: false; problem: IpcProblem } => ({
  ok: false,
  problem,
})

/** The refusal of `errors`, the fields at fault. */
export const refusedFields = (...errors: FieldProblem[]) => refused({ code: 'fields', errors })

const REQUEST_CODES: ReadonlySet<string> = new Set<RequestProblem['code']>([
  'scale',
  'text-too-long',
  'clock-time',
  'calendar-date',
  'unknown-view',
  'unknown-zone',
  'not-after-end',
  'not-passed',
  'device-name-empty',
])

/** Whether a field's problem is a request's (worded in `common`) rather than a setting's (in `problems`). */
export const isRequestProblem = (problem: FieldProblem['problem']): problem is RequestProblem =>
  REQUEST_CODES.has(problem.code)

/** Whether a refusal is an import's. */
export const isImportProblem = (problem: IpcProblem): problem is ImportProblem =>
  problem.code.startsWith('import-')
