/** The form that corrects a day's leave time through correctLeave, with the main process's refusal beside the field. */
import { useId, useState, type FormEvent } from 'react'
import type { IpcProblem } from '../../../../shared/ipc-contract'
import { FieldError } from '../../components/field-error'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'

type Status =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string }

/** A time input prefilled with the current leave time; saving asks main, then lets the month reload. */
export function LeaveCorrection(props: {
  date: string
  dateLabel: string
  initial: string
  onCorrected: () => Promise<void>
}) {
  const m = useMessages()
  const id = useId()
  const [value, setValue] = useState(props.initial)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const errorId = `${id}-error`
  const hintId = `${id}-hint`

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!value) {
      setStatus({ kind: 'error', message: m.month.correctEmpty })
      return
    }
    const refuse = (problem: IpcProblem | null) => {
      const refusal = refusalOf(problem, ['leftAt', 'date'], m)
      const message = refusal.fields['leftAt'] ?? refusal.fields['date'] ?? refusal.form
      setStatus({ kind: 'error', message: message ?? m.month.correctFailed })
    }
    setStatus({ kind: 'saving' })
    try {
      const result = await window.sundown.correctLeave({ date: props.date, leftAt: value })
      if (!result.ok) return refuse(result.problem)
      await props.onCorrected()
      setStatus({ kind: 'saved' })
    } catch {
      refuse(null)
    }
  }

  const invalid = status.kind === 'error'
  return (
    <form className="leave-correction" onSubmit={submit} noValidate>
      <h3>{m.month.correctTitle}</h3>
      <label htmlFor={`${id}-time`}>{m.month.correctLabel({ date: props.dateLabel })}</label>
      <div className="field-row">
        <input
          id={`${id}-time`}
          className="text-input"
          type="time"
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            if (status.kind !== 'saving') setStatus({ kind: 'idle' })
          }}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        />
        <button type="submit" className="button" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? m.month.correctSaving : m.month.correctSave}
        </button>
      </div>
      <FieldError id={errorId} message={invalid ? status.message : null} />
      <p id={hintId} className="field-hint">
        {m.month.correctHint}
      </p>
      <p className="field-status" role="status">
        {status.kind === 'saved' ? m.month.correctSaved : ''}
      </p>
    </form>
  )
}
