/** The next-morning question: was the detected leave time right? Confirm it, or correct it. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { LocalDate } from '../../../../core'
import type { IpcProblem, IpcResult, TodayState } from '../../../../shared/ipc-contract'
import type { Messages } from '../../../../shared/messages'
import { FieldError } from '../../components/field-error'
import { daysBetween } from '../../format/local-date'
import { formatClock, formatDayHeading, formatWallTime, wallTimeOf } from '../../format/time'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'

type Confirmation = NonNullable<TodayState['confirmation']>

const dayLabel = (date: LocalDate, today: LocalDate, m: Pick<Messages, 'popover'>): string =>
  daysBetween(date, today) === 1
    ? m.popover.nextMorning.yesterday
    : m.popover.nextMorning.onDay({
        day: formatDayHeading(date),
      })

/** Asks once about yesterday's leave time; answers with the state the API returns. */
export function NextMorning({
  confirmation,
  today,
  onAnswered,
  announce,
}: {
  confirmation: Confirmation
  today: TodayState
  onAnswered: (next: TodayState) => void
  announce: (message: string) => void
}) {
  const m = useMessages()
  const id = useId()
  const zone = today.zone
  const [correcting, setCorrecting] = useState(false)
  const [leftAt, setLeftAt] = useState(() => wallTimeOf(confirmation.leftAt, zone))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const time = formatClock(confirmation.leftAt, zone)
  const ask = m.popover.nextMorning.question[confirmation.leftSource ?? 'inferred']

  const run = async (request: () => Promise<IpcResult<TodayState>>, done: string) => {
    const refuse = (problem: IpcProblem | null) => {
      const refusal = refusalOf(problem, ['leftAt', 'date'], m)
      setError(refusal.fields['leftAt'] ?? refusal.fields['date'] ?? refusal.form)
    }
    setBusy(true)
    setError(null)
    try {
      const result = await request()
      if (!result.ok) return refuse(result.problem)
      announce(done)
      onAnswered(result.value)
    } catch {
      refuse(null)
    } finally {
      setBusy(false)
    }
  }

  const confirm = () =>
    void run(
      () => window.sundown.confirmLeave({ date: confirmation.date }),
      m.popover.nextMorning.confirmed,
    )

  const correct = (event: FormEvent) => {
    event.preventDefault()
    if (!leftAt) return setError(m.popover.nextMorning.needsTime)
    void run(
      () => window.sundown.correctLeave({ date: confirmation.date, leftAt }),
      m.popover.nextMorning.corrected({ time: formatWallTime(leftAt) }),
    )
  }

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    setCorrecting(false)
    setError(null)
  }

  return (
    <section className="next-morning card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {dayLabel(confirmation.date, today.plan.date, m)}
      </h2>
      <p className="next-morning-question">{ask({ time })}</p>
      {correcting ? (
        <form className="inline-form" onSubmit={correct} onKeyDown={cancelOnEscape} noValidate>
          <label className="field" htmlFor={`${id}-time`}>
            {m.popover.nextMorning.correctLabel}
          </label>
          <div className="row">
            <input
              id={`${id}-time`}
              className="time-input"
              type="time"
              required
              value={leftAt}
              onChange={(event) => setLeftAt(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              autoFocus
            />
            <button type="submit" className="button primary" disabled={busy}>
              {m.popover.nextMorning.saveCorrection}
            </button>
          </div>
          <FieldError id={`${id}-error`} message={error} />
        </form>
      ) : (
        <>
          <div className="row">
            <button type="button" className="button primary" onClick={confirm} disabled={busy}>
              {m.popover.nextMorning.confirm}
            </button>
            <button type="button" className="button" onClick={() => setCorrecting(true)}>
              {m.popover.nextMorning.correct}
            </button>
          </div>
          <FieldError id={`${id}-error`} message={error} />
        </>
      )}
    </section>
  )
}
