/** A settings problem in words, in the language of the messages given. */
import type { SettingsProblem } from '../../core'
import type { ImportProblem } from '../ipc-result'
import type { Messages } from './types'

const hourOf = (hour: number): string => `${String(hour).padStart(2, '0')}:00`

/** The sentence the settings form and an import show for `problem`. */
export function describeProblem(problem: SettingsProblem, m: Pick<Messages, 'problems'>): string {
  switch (problem.code) {
    case 'time':
      return m.problems.time({ input: problem.input })
    case 'date':
      return m.problems.date({ input: problem.input })
    case 'unknown-key': {
      const values = { key: problem.key, known: problem.known.join(', ') }
      return problem.of === 'weekday'
        ? m.problems.unknownWeekday(values)
        : m.problems.unknownField(values)
    }
    case 'not-an-object':
      return m.problems.notAnObject({ received: problem.received })
    case 'not-a-number':
      return m.problems.notANumber[problem.unit]
    case 'not-whole':
      return m.problems.notWhole[problem.unit]
    case 'negative':
      return m.problems.negative[problem.unit]
    case 'too-small':
      return m.problems.tooSmall[problem.unit]({ min: problem.min })
    case 'too-large':
      return m.problems.tooLarge[problem.unit]({ max: problem.max })
    case 'not-text':
      return m.problems.notText[problem.field]
    case 'too-long':
      return m.problems.tooLong[problem.field]({ max: problem.max })
    case 'empty':
      return m.problems.empty[problem.field]
    case 'not-yes-or-no':
      return m.problems.notYesOrNo[problem.field]
    case 'missing-id':
      return m.problems.missingId
    case 'season-backwards':
      return m.problems.seasonBackwards({ from: problem.from, to: problem.to })
    case 'override-needs-end':
      return m.problems.overrideNeedsEnd
    case 'unknown-step-kind':
      return m.problems.unknownStepKind
    case 'unknown-version':
      return m.problems.unknownVersion
    case 'too-many':
      return m.problems.tooMany[problem.list]({ max: problem.max })
    case 'unknown-language':
      return m.problems.unknownLanguage
    case 'start-before-rollover':
      return m.problems.startBeforeRollover({ rollover: hourOf(problem.hour) })
    case 'end-before-start':
      return m.problems.endBeforeStart({ start: problem.start, rollover: hourOf(problem.hour) })
    case 'season-overlap':
      return m.problems.seasonOverlap({ other: problem.other })
    case 'override-duplicate':
      return m.problems.overrideDuplicate({ date: problem.date })
    case 'shortcut-no-key':
      return m.problems.shortcutNoKey
    case 'shortcut-key':
      return m.problems.shortcutKey({ key: problem.key })
    case 'shortcut-one-key':
      return m.problems.shortcutOneKey
    case 'shortcut-needs-modifier':
      return m.problems.shortcutNeedsModifier
    case 'shortcut-taken':
      return m.problems.shortcutTaken({ shortcut: problem.shortcut })
    case 'shortcut-refused':
      return m.problems.shortcutRefused({ shortcut: problem.shortcut })
    case 'invalid':
      return m.problems.invalid
  }
}

/** Why an import changed nothing, as the settings window's data section says it. */
export function describeImportProblem(
  problem: ImportProblem,
  m: Pick<Messages, 'problems'>,
): string {
  switch (problem.code) {
    case 'import-too-large':
      return m.problems.importProblems.tooLarge
    case 'import-not-json':
      return m.problems.importProblems.notJson
    case 'import-forbidden-key':
      return m.problems.importProblems.forbiddenKey({ key: problem.key })
    case 'import-not-export':
      return m.problems.importProblems.notExport
    case 'import-version':
      return m.problems.importProblems.version({ version: problem.version })
    case 'import-at':
      return m.problems.importProblems.at({
        path: problem.path ?? m.problems.importProblems.topLevel,
        problem: problem.issue,
      })
    case 'import-settings':
      return m.problems.importProblems.settings({
        field: problem.error?.field ?? '',
        problem: problem.error ? describeProblem(problem.error.problem, m) : '',
      })
  }
}
