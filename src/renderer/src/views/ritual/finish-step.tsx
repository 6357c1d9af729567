/** The last step: a moment to say the day is done, and the button that records it. */
import { FieldError } from '../../components/field-error'
import { useMessages } from '../../i18n/messages-context'

/** "Shutdown complete": pressing it completes the ritual and records the leave time. */
export function FinishStep({
  error,
  busy,
  onFinish,
}: {
  error: string | null
  busy: boolean
  onFinish: () => void
}) {
  const m = useMessages()
  return (
    <section className="ritual-step ritual-finish" aria-labelledby="ritual-finish-title">
      <h2 id="ritual-finish-title" className="ritual-step-title">
        {m.ritual.finish.title}
      </h2>
      <p className="ritual-hint">{m.ritual.finish.body}</p>
      <button
        type="button"
        className="button primary finish-button"
        onClick={onFinish}
        disabled={busy}
        autoFocus
      >
        {m.ritual.finish.button}
      </button>
      <FieldError id="ritual-finish-error" message={error} />
    </section>
  )
}
