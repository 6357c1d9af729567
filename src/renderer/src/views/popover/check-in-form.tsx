/** The ten-second check-in: energy, alignment and an optional note; Enter saves from anywhere in it. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { Scale } from '../../../../core'
import type { TodayState } from '../../../../shared/ipc-contract'
import { FieldError } from '../../components/field-error'
import { ScaleField } from '../../components/scale-field'
import { formatClock } from '../../format/time'
import { popoverMessages } from '../../messages'
import { readRefusal } from '../../refusal'

const m = popoverMessages.checkIn

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
        energy: energy === null ? m.needsEnergy : undefined,
        alignment: alignment === null ? m.needsAlignment : undefined,
      })
      return
    }
    setSaving(true)
    try {
      const next = await window.sundown.checkIn({ energy, alignment, note })
      setEnergy(null)
      setAlignment(null)
      setNote('')
      setErrors({})
      onSaved(next)
      const saved = next.record.checkIns.at(-1)
      announce(m.saved(formatClock(saved?.at ?? next.now, next.zone)))
    } catch (error) {
      const refusal = readRefusal(error, ['energy', 'alignment', 'note'])
      setErrors({ ...refusal.fields, form: refusal.form })
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
          {m.title}
        </h2>
        <span className="key-hint" aria-hidden="true">
          {m.keyHint}
        </span>
      </div>
      <ScaleField
        name="energy"
        legend={m.energy}
        anchors={m.energyAnchors}
        value={energy}
        onChange={(value) => {
          setEnergy(value)
          setErrors((current) => ({ ...current, energy: undefined }))
        }}
        error={errors.energy}
      />
      <ScaleField
        name="alignment"
        legend={m.alignment}
        anchors={m.alignmentAnchors}
        value={alignment}
        onChange={(value) => {
          setAlignment(value)
          setErrors((current) => ({ ...current, alignment: undefined }))
        }}
        error={errors.alignment}
      />
      <label className="sr-only" htmlFor={`${id}-note`}>
        {m.note}
      </label>
      <div className="check-in-note">
        <input
          id={`${id}-note`}
          className="text-input"
          type="text"
          maxLength={500}
          placeholder={m.notePlaceholder}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
        />
        <button type="submit" className="button primary" disabled={saving} aria-label={m.saveLabel}>
          {m.save}
        </button>
      </div>
      <FieldError id={`${id}-note-error`} message={errors.note} />
      <FieldError id={`${id}-form-error`} message={errors.form} />
    </form>
  )
}
