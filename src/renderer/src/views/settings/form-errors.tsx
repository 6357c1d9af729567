/** Field errors by dotted path (`weekly.mon.end`), shared with every field through context. */
import { createContext, useContext } from 'react'
import type { FieldError } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { describeProblem } from '../../../../shared/messages/describe-problem'

/** What a field needs to show its error: the message for its path and a stable id to point at. */
export interface FormErrors {
  messageFor: (field: string) => string | undefined
  idFor: (field: string) => string
}

const FormErrorsContext = createContext<FormErrors>({
  messageFor: () => undefined,
  idFor: (field) => field,
})

/** Provides the errors the form is currently showing. */
export const FormErrorsProvider = FormErrorsContext.Provider

/** The errors the form is showing, for one field's use. */
export const useFormErrors = (): FormErrors => useContext(FormErrorsContext)

/** A DOM id for a dotted field path, unique within the form. */
export const fieldId = (formId: string, field: string): string =>
  `${formId}-${field.replace(/[^\w-]/g, '-')}`

/** Fields the form draws an input (or a section message) for; any other error is listed at the top. */
const SHOWN_FIELDS = [
  /^(weekly|seasons\.\d+\.weekly)\.(mon|tue|wed|thu|fri|sat|sun)\.(workday|start|end)$/,
  /^seasons\.\d+\.(name|from|to|intention)$/,
  /^overrides\.\d+\.(date|off|start|end|note)$/,
  /^ritualSteps\.\d+\.(title|skippable)$/,
  /^(seasons|overrides|ritualSteps)$/,
  /^(graceMinutes|headsUpMinutes|snoozeMinutes|reminderLimit|awayThresholdMinutes)$/,
  /^(departureMinimumMinutes|rolloverHour|launchAtLogin|shortcut|language)$/,
]

/** Whether an error has a field of its own on the form. */
export const isShownField = (field: string): boolean =>
  SHOWN_FIELDS.some((pattern) => pattern.test(field))

/** The first problem per field, in the words of `m`: one sentence per field is easier to act on than a pile. */
export function messagesByField(
  errors: readonly FieldError[],
  m: Pick<Messages, 'problems'>,
): Map<string, string> {
  const byField = new Map<string, string>()
  for (const error of errors) {
    if (!byField.has(error.field)) byField.set(error.field, describeProblem(error.problem, m))
  }
  return byField
}
