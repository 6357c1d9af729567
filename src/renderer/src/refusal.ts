/** Reads a refused command's problem: a field at fault gets its message next to it, the rest goes under the form. */
import type { IpcProblem } from '../../shared/ipc-result'
import { isRequestProblem } from '../../shared/ipc-result'
import type { Messages } from '../../shared/messages'
import { describeRefusal, describeRequestProblem } from '../../shared/messages/describe-refusal'

/** A refusal split into messages per known field and one for the whole form. */
export interface Refusal {
  fields: Partial<Record<string, string>>
  form: string | null
}

/**
 * Splits `problem` into field messages for the `fields` this form shows and a form message for
 * anything else; a command that failed without a problem (the IPC itself) gets the generic line.
 */
export function refusalOf(
  problem: IpcProblem | null,
  fields: readonly string[],
  m: Pick<Messages, 'common'>,
): Refusal {
  if (problem === null) return { fields: {}, form: m.common.genericError }
  if (problem.code !== 'fields') return { fields: {}, form: describeRefusal(problem, m) }
  const result: Refusal = { fields: {}, form: null }
  const loose: string[] = []
  for (const { field, problem: wrong } of problem.errors) {
    // These windows send no settings, so a setting's problem here can only be said generally.
    const words = isRequestProblem(wrong)
      ? describeRequestProblem(wrong, m)
      : m.common.refusals.invalid
    if (fields.includes(field) && !result.fields[field]) result.fields[field] = words
    else loose.push(words)
  }
  result.form = loose.length > 0 ? loose.join(' ') : null
  return result
}
