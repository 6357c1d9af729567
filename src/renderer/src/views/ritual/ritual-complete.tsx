/** The calm closing screen: the day is done, here is when you left, and what tomorrow starts with. */
import type { TodayState } from '../../../../shared/ipc-contract'
import { formatDuration } from '../../format/duration'
import { formatClock } from '../../format/time'
import { useMessages } from '../../i18n/messages-context'

/** Shown once the ritual is complete; the close button takes focus. */
export function RitualComplete({
  today,
  firstTask,
  onClose,
}: {
  today: TodayState
  firstTask: string
  onClose: () => void
}) {
  const m = useMessages()
  const { record, zone } = today
  return (
    <section className="ritual-complete" aria-labelledby="ritual-complete-title">
      <div className="sunset" aria-hidden="true">
        <span className="sun" />
      </div>
      <h1 id="ritual-complete-title" className="ritual-complete-title">
        {m.ritual.complete.title}
      </h1>
      {record.leftAt !== null && (
        <p className="ritual-complete-time">
          {m.ritual.complete.leftAt({ time: formatClock(record.leftAt, zone) })}{' '}
          {record.onTime === false && record.minutesLate
            ? m.ritual.complete.late({ late: formatDuration(record.minutesLate, m) })
            : m.ritual.complete.onTime}
        </p>
      )}
      {firstTask && (
        <p className="ritual-complete-task">{m.ritual.complete.firstTask({ task: firstTask })}</p>
      )}
      <p className="ritual-complete-rest">{m.ritual.complete.rest}</p>
      <button type="button" className="button primary" onClick={onClose} autoFocus>
        {m.ritual.complete.close}
      </button>
    </section>
  )
}
