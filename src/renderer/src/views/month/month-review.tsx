/** The month-end review: one open question, saved with saveMonthReview once the month has ended. */
import { useId, useState, type FormEvent } from 'react'
import type { MonthSummary } from '../../../../core'
import type { IpcProblem } from '../../../../shared/ipc-contract'
import { FieldError } from '../../components/field-error'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'

type Status = 'idle' | 'saving' | 'saved' | { error: string }

/** A labelled textarea and a save button; the saved summary is handed back to the view. */
export function MonthReview(props: {
  month: string
  saved: string | null
  onSaved: (summary: MonthSummary) => void
}) {
  const m = useMessages()
  const id = useId()
  const [answer, setAnswer] = useState(props.saved ?? '')
  const [status, setStatus] = useState<Status>('idle')
  const error = typeof status === 'object' ? status.error : null

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!answer.trim()) {
      setStatus({ error: m.month.reviewEmpty })
      return
    }
    const refuse = (problem: IpcProblem | null) => {
      const refusal = refusalOf(problem, ['answer'], m)
      setStatus({ error: refusal.fields['answer'] ?? refusal.form ?? m.month.reviewFailed })
    }
    setStatus('saving')
    try {
      const result = await window.sundown.saveMonthReview({ month: props.month, answer })
      if (!result.ok) return refuse(result.problem)
      props.onSaved(result.value)
      setStatus('saved')
    } catch {
      refuse(null)
    }
  }

  return (
    <section className="review" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.month.reviewTitle}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-answer`} className="review-question">
          {m.month.reviewQuestion}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {m.month.reviewHint}
        </p>
        <textarea
          id={`${id}-answer`}
          className="text-area"
          rows={4}
          maxLength={2000}
          value={answer}
          onChange={(event) => {
            setAnswer(event.target.value)
            if (status !== 'saving') setStatus('idle')
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
        <FieldError id={`${id}-error`} message={error} />
        <div className="field-row">
          <button type="submit" className="button" disabled={status === 'saving'}>
            {status === 'saving' ? m.month.reviewSaving : m.month.reviewSave}
          </button>
          <span className="field-status" role="status">
            {status === 'saved' ? m.month.reviewSaved : ''}
          </span>
        </div>
      </form>
    </section>
  )
}
