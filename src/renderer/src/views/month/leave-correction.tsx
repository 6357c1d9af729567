/** The form that corrects a day's leave time through correctLeave, with the main process's refusal beside the field. */
import { useId, useState, type FormEvent } from 'react'
import { monthMessages as m } from '../../messages/month'
import { FieldError } from '../../components/field-error'
import { readRefusal } from '../../refusal'

type Status =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string }

/** A time input prefilled with the current leave time; saving asks main, then lets the month reload. */
export function LeaveCorrection(props: {
  date: string
  dateLabel: string
  initial: string
  onCorrected: () => Promise<void>
}) {
  const id = useId()
  const [value, setValue] = useState(props.initial)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const errorId = `${id}-error`
  const hintId = `${id}-hint`

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!value) {
      setStatus({ kind: 'error', message: m.correctEmpty })
      return
    }
    setStatus({ kind: 'saving' })
    try {
      await window.sundown.correctLeave({ date: props.date, leftAt: value })
      await props.onCorrected()
      setStatus({ kind: 'saved' })
    } catch (error) {
      const refusal = readRefusal(error, ['leftAt', 'date'])
      const message = refusal.fields['leftAt'] ?? refusal.fields['date'] ?? refusal.form
      setStatus({ kind: 'error', message: message ?? m.correctFailed })
    }
  }

  const invalid = status.kind === 'error'
  return (
    <form className="leave-correction" onSubmit={submit} noValidate>
      <h3>{m.correctTitle}</h3>
      <label htmlFor={`${id}-time`}>{m.correctLabel(props.dateLabel)}</label>
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
          {status.kind === 'saving' ? m.correctSaving : m.correctSave}
        </button>
      </div>
      <FieldError id={errorId} message={invalid ? status.message : null} />
      <p id={hintId} className="field-hint">
        {m.correctHint}
      </p>
      <p className="field-status" role="status">
        {status.kind === 'saved' ? m.correctSaved : ''}
      </p>
    </form>
  )
}
