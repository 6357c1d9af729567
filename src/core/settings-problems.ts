/** What can be wrong with a setting, as data: each language's messages put it into words. */
import type { BaseIssue } from 'valibot'

/** A number setting's kind, which decides how its problems are worded. */
export type NumberUnit = 'minutes' | 'reminders' | 'hour'

/** A free-text setting. */
export type TextField = 'seasonName' | 'intention' | 'note' | 'stepTitle' | 'shortcut'

/** A list setting with a length limit. */
export type ListSetting = 'seasons' | 'overrides' | 'ritualSteps'

/** One problem with one setting, with the values its words need. */
export type SettingsProblem =
  | { code: 'time'; input: string }
  | { code: 'date'; input: string }
  | { code: 'unknown-key'; of: 'field' | 'weekday'; key: string; known: string[] }
  | { code: 'not-an-object'; received: string }
  | { code: 'not-a-number'; unit: NumberUnit }
  | { code: 'not-whole'; unit: NumberUnit }
  | { code: 'negative'; unit: NumberUnit }
  | { code: 'too-small'; unit: NumberUnit; min: number }
  | { code: 'too-large'; unit: NumberUnit; max: number }
  | { code: 'not-text'; field: TextField }
  | { code: 'too-long'; field: TextField; max: number }
  | { code: 'empty'; field: 'seasonName' | 'stepTitle' }
  | { code: 'not-yes-or-no'; field: 'workday' | 'off' }
  | { code: 'missing-id' }
  | { code: 'season-backwards'; from: string; to: string }
  | { code: 'override-needs-end' }
  | { code: 'unknown-step-kind' }
  | { code: 'unknown-version' }
  | { code: 'too-many'; list: ListSetting; max: number }
  | { code: 'unknown-language' }
  | { code: 'start-before-rollover'; hour: number }
  | { code: 'end-before-start'; start: string; hour: number }
  | { code: 'season-overlap'; other: string }
  | { code: 'override-duplicate'; date: string }
  | { code: 'shortcut-no-key' }
  | { code: 'shortcut-key'; key: string }
  | { code: 'shortcut-one-key' }
  | { code: 'shortcut-needs-modifier' }
  | { code: 'shortcut-taken'; shortcut: string }
  | { code: 'shortcut-refused'; shortcut: string }
  | { code: 'invalid' }

type Issue = BaseIssue<unknown>

/**
 * A schema message that carries a problem. Valibot messages are strings, so the problem travels
 * as JSON and `problemOf` reads it back; no one reads these strings as words.
 */
export function says(
  problem: SettingsProblem | ((issue: Issue) => SettingsProblem),
): (issue: Issue) => string {
  return (issue) => JSON.stringify(typeof problem === 'function' ? problem(issue) : problem)
}

/** The problem an issue carries; `invalid` for an issue valibot worded itself. */
export function problemOf(issue: Pick<Issue, 'message'>): SettingsProblem {
  try {
    const parsed: unknown = JSON.parse(issue.message)
    if (typeof parsed === 'object' && parsed !== null && 'code' in parsed) {
      return parsed as SettingsProblem
    }
  } catch {
    // Valibot's own wording (a type the schema gives no message for) is not JSON.
  }
  return { code: 'invalid' }
}
