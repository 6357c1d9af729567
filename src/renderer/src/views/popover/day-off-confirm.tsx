/** Asks before making today a day off: it stops reminders and takes today out of the month's figures. */
import { useId, useState, type KeyboardEvent } from 'react'
import type { TodayState } from '../../../../shared/ipc-contract'
import { FieldError } from '../../components/field-error'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'

/** The confirmation panel; `onClose` also runs on Esc. */
export function DayOffConfirm({
  onSaved,
  onClose,
}: {
  onSaved: (next: TodayState) => void
  onClose: () => void
}) {
  const m = useMessages()
  const id = useId()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const confirm = async () => {
    setBusy(true)
    try {
      const result = await window.sundown.declareDayOff()
      if (result.ok) onSaved(result.value)
      else setError(refusalOf(result.problem, [], m).form)
    } catch {
      setError(refusalOf(null, [], m).form)
    } finally {
      setBusy(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  return (
    <section className="panel" role="group" aria-labelledby={id} onKeyDown={onKeyDown}>
      <p id={id} className="panel-question">
        {m.popover.dayOff.question}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <div className="row panel-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void confirm()}
          disabled={busy}
          autoFocus
        >
          {m.popover.dayOff.confirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {m.popover.dayOff.cancel}
        </button>
      </div>
    </section>
  )
}
