/** Staying late on purpose: a new end, a reason and a note; the main process's refusal shows next to its field. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { StayingLateReason } from '../../../../core'
import type { IpcProblem, TodayState } from '../../../../shared/ipc-contract'
import { FieldError } from '../../components/field-error'
import { wallTimeOf } from '../../format/time'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'

const REASONS: readonly StayingLateReason[] = ['deadline', 'meeting', 'chose-to', 'caring', 'other']
const QUARTER_HOUR_MS = 15 * 60_000

/** A suggested new end: an hour past the later of the end and now, on a quarter hour. */
function suggestedUntil(today: TodayState): string {
  const base = Math.max(today.record.endAt ?? today.now, today.now) + 60 * 60_000
  return wallTimeOf(Math.ceil(base / QUARTER_HOUR_MS) * QUARTER_HOUR_MS, today.zone)
}

/** The inline form; `onClose` also runs on Esc, which then does not close the popover. */
export function StayLateForm({
  today,
  onSaved,
  onClose,
}: {
  today: TodayState
  onSaved: (next: TodayState, until: string) => void
  onClose: () => void
}) {
  const m = useMessages()
  const id = useId()
  const [until, setUntil] = useState(() => suggestedUntil(today))
  const [reason, setReason] = useState<StayingLateReason>('deadline')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!until) return setErrors({ until: m.popover.stayLate.needsTime })
    const refuse = (problem: IpcProblem | null) => {
      const refusal = refusalOf(problem, ['until', 'reason', 'note'], m)
      setErrors(refusal.fields)
      setFormError(refusal.form)
    }
    setSaving(true)
    try {
      const result = await window.sundown.stayLate({ until, reason, note })
      if (result.ok) onSaved(result.value, until)
      else refuse(result.problem)
    } catch {
      refuse(null)
    } finally {
      setSaving(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  const describedBy = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined)

  return (
    <form
      id="stay-late"
      className="panel"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <h2 id={`${id}-title`} className="section-title">
        {m.popover.stayLate.title}
      </h2>
      <div className="field-grid">
        <label className="field" htmlFor={`${id}-until`}>
          {m.popover.stayLate.until}
        </label>
        <div>
          <input
            id={`${id}-until`}
            className="time-input"
            type="time"
            required
            value={until}
            onChange={(event) => {
              setUntil(event.target.value)
              setErrors((current) => ({ ...current, until: undefined }))
            }}
            aria-invalid={errors['until'] ? true : undefined}
            aria-describedby={describedBy('until')}
            autoFocus
          />
          <FieldError id={`${id}-until-error`} message={errors['until']} />
        </div>
        <label className="field" htmlFor={`${id}-reason`}>
          {m.popover.stayLate.reason}
        </label>
        <div>
          <select
            id={`${id}-reason`}
            className="select"
            value={reason}
            onChange={(event) => setReason(event.target.value as StayingLateReason)}
            aria-describedby={describedBy('reason')}
          >
            {REASONS.map((value) => (
              <option key={value} value={value}>
                {m.popover.stayLate.reasons[value]}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-reason-error`} message={errors['reason']} />
        </div>
        <label className="field" htmlFor={`${id}-note`}>
          {m.popover.stayLate.note}
        </label>
        <div>
          <input
            id={`${id}-note`}
            className="text-input"
            type="text"
            maxLength={280}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-invalid={errors['note'] ? true : undefined}
            aria-describedby={describedBy('note')}
          />
          <FieldError id={`${id}-note-error`} message={errors['note']} />
        </div>
      </div>
      <FieldError id={`${id}-form-error`} message={formError} />
      <div className="row panel-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {m.popover.stayLate.submit}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  )
}
