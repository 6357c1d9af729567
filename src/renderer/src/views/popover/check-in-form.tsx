/** The ten-second check-in: energy, alignment and an optional note; Enter saves from anywhere in it. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { Scale } from '../../../../core'
import type { IpcProblem, TodayState } from '../../../../shared/ipc-contract'
import { FieldError } from '../../components/field-error'
import { ScaleField } from '../../components/scale-field'
import { formatClock } from '../../format/time'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'

interface Errors {
  energy?: string | undefined
  alignment?: string | undefined
  note?: string | undefined
  form?: string | null | undefined
}

/** Saves a check-in through the API and hands back the state it answers with. */
export function CheckInForm({
  onSaved,
  announce,
}: {
  onSaved: (today: TodayState) => void
  announce: (message: string) => void
}) {
  const m = useMessages()
  const id = useId()
  const [energy, setEnergy] = useState<Scale | null>(null)
  const [alignment, setAlignment] = useState<Scale | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [saving, setSaving] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving) return
    if (energy === null || alignment === null) {
      setErrors({
        energy: energy === null ? m.popover.checkIn.needsEnergy : undefined,
        alignment: alignment === null ? m.popover.checkIn.needsAlignment : undefined,
      })
      return
    }
    const refuse = (problem: IpcProblem | null) => {
      const refusal = refusalOf(problem, ['energy', 'alignment', 'note'], m)
      setErrors({ ...refusal.fields, form: refusal.form })
    }
    setSaving(true)
    try {
      const result = await window.sundown.checkIn({ energy, alignment, note })
      if (!result.ok) return refuse(result.problem)
      const next = result.value
      setEnergy(null)
      setAlignment(null)
      setNote('')
      setErrors({})
      onSaved(next)
      const saved = next.record.checkIns.at(-1)
      announce(m.popover.checkIn.saved({ time: formatClock(saved?.at ?? next.now, next.zone) }))
    } catch {
      refuse(null)
    } finally {
      setSaving(false)
    }
  }

  // Native radios do not submit on Enter; the check-in promises that Enter saves wherever focus is.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    if (target instanceof HTMLButtonElement || target instanceof HTMLTextAreaElement) return
    event.preventDefault()
    event.currentTarget.requestSubmit()
  }

  return (
    <form
      className="check-in"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="check-in-head">
        <h2 id={`${id}-title`} className="section-title">
          {m.popover.checkIn.title}
        </h2>
        <span className="key-hint" aria-hidden="true">
          {m.popover.checkIn.keyHint}
        </span>
      </div>
      <ScaleField
        name="energy"
        legend={m.popover.checkIn.energy}
        anchors={m.popover.checkIn.energyAnchors}
        value={energy}
        onChange={(value) => {
          setEnergy(value)
          setErrors((current) => ({ ...current, energy: undefined }))
        }}
        error={errors.energy}
      />
      <ScaleField
        name="alignment"
        legend={m.popover.checkIn.alignment}
        anchors={m.popover.checkIn.alignmentAnchors}
        value={alignment}
        onChange={(value) => {
          setAlignment(value)
          setErrors((current) => ({ ...current, alignment: undefined }))
        }}
        error={errors.alignment}
      />
      <label className="sr-only" htmlFor={`${id}-note`}>
        {m.popover.checkIn.note}
      </label>
      <div className="check-in-note">
        <input
          id={`${id}-note`}
          className="text-input"
          type="text"
          maxLength={500}
          placeholder={m.popover.checkIn.notePlaceholder}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
        />
        <button
          type="submit"
          className="button primary"
          disabled={saving}
          aria-label={m.popover.checkIn.saveLabel}
        >
          {m.popover.checkIn.save}
        </button>
      </div>
      <FieldError id={`${id}-note-error`} message={errors.note} />
      <FieldError id={`${id}-form-error`} message={errors.form} />
    </form>
  )
}
