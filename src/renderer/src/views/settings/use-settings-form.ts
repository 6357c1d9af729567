/** The settings form's state: the draft, which errors to show, and saving through the main process. */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { validateSettings, type FieldError, type Settings } from '../../../../core'
import { isRequestProblem, type FieldProblem } from '../../../../shared/ipc-result'
import { useMessages } from '../../i18n/messages-context'

/** Where a save stands. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; message: string }

/** The part of a field path that is "one thing" the user edits: `seasons.0`, `weekly.mon`, `graceMinutes`. */
export function groupOf(field: string): string {
  const parts = field.split('.')
  const listed = ['weekly', 'seasons', 'overrides', 'ritualSteps'].includes(parts[0] ?? '')
  return parts.slice(0, listed ? 2 : 1).join('.')
}

/** A field main refused, as the form shows it; main words settings' problems as settings' codes. */
const settingsError = ({ field, problem }: FieldProblem): FieldError => ({
  field,
  problem: isRequestProblem(problem) ? { code: 'invalid' } : problem,
})

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Validates on every change with the core's validateSettings; an error shows once its group was
 * left (blurred) or a save was tried, so nobody is scolded mid-keystroke. Never saves invalid settings.
 */
export function useSettingsForm(initial: Settings) {
  const m = useMessages()
  const [baseline, setBaseline] = useState(initial)
  const [draft, setDraft] = useState(initial)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldError[]>([])
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })

  const validation = useMemo(() => validateSettings(draft), [draft])
  const clientErrors = validation.ok ? [] : validation.errors
  const shownErrors = useMemo(
    () => [
      ...serverErrors,
      ...clientErrors.filter((error) => attempted || touched.has(groupOf(error.field))),
    ],
    [serverErrors, clientErrors, attempted, touched],
  )

  const update = useCallback((change: (settings: Settings) => Settings) => {
    setDraft((current) => change(current))
    setServerErrors([])
    setSave((current) => (current.kind === 'saving' ? current : { kind: 'idle' }))
  }, [])

  const touch = useCallback((field: string) => {
    setTouched((current) =>
      current.has(groupOf(field)) ? current : new Set([...current, groupOf(field)]),
    )
  }, [])

  const reset = useCallback((settings: Settings) => {
    setBaseline(settings)
    setDraft(settings)
    setTouched(new Set())
    setAttempted(false)
    setServerErrors([])
  }, [])

  useEffect(() => reset(initial), [initial, reset])

  const submit = useCallback(async (): Promise<FieldError[]> => {
    setAttempted(true)
    if (!validation.ok) {
      setSave({ kind: 'invalid', count: validation.errors.length })
      return validation.errors
    }
    setSave({ kind: 'saving' })
    try {
      const result = await window.sundown.saveSettings(validation.settings)
      if (result.ok) {
        reset(validation.settings)
        setSave({ kind: 'saved' })
        return []
      }
      if (result.problem.code !== 'fields') {
        setSave({ kind: 'failed', message: m.settings.saveFailed })
        return []
      }
      const errors = result.problem.errors.map(settingsError)
      setServerErrors(errors)
      setSave({ kind: 'invalid', count: errors.length })
      return errors
    } catch {
      setSave({ kind: 'failed', message: m.settings.saveFailed })
      return []
    }
  }, [validation, reset, m])

  return {
    draft,
    update,
    touch,
    shownErrors,
    submit,
    save,
    dirty: !same(draft, baseline),
    discard: () => reset(baseline),
    reset,
  }
}
