/** One answering step: its title, the hint or question, and a text box that keeps its draft. */
import { useId } from 'react'
import { FieldError } from '../../components/field-error'
import type { AnswerScreen } from './ritual-screens'
import type { WeekSummary } from './use-week-summary'
import { useMessages } from '../../i18n/messages-context'

function WeekLine({ summary }: { summary: WeekSummary | null }) {
  const m = useMessages()
  if (summary === null) return null
  return (
    <div className="week-summary">
      <p className="week-summary-title">{m.ritual.weekly.summaryTitle}</p>
      <p>
        {summary.judged === 0
          ? m.ritual.weekly.summaryNone
          : m.ritual.weekly.summary({ onTime: summary.onTime, judged: summary.judged })}
      </p>
      <p className="week-summary-note">{m.ritual.weekly.summaryToday}</p>
    </div>
  )
}

/** The step's content; the text box takes focus when the step appears. */
export function AnswerStep({
  screen,
  draft,
  onDraft,
  error,
  week,
}: {
  screen: AnswerScreen
  draft: string
  onDraft: (text: string) => void
  error: string | null
  week: WeekSummary | null
}) {
  const m = useMessages()
  const id = useId()
  const promptId = screen.question ? `${id}-question` : `${id}-hint`
  return (
    <section className="ritual-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="ritual-step-title">
        {screen.title}
      </h2>
      {screen.weekly && <WeekLine summary={week} />}
      {screen.question && (
        <figure className="ritual-question">
          <figcaption className="section-title">{screen.questionLabel}</figcaption>
          <blockquote id={`${id}-question`}>{screen.question}</blockquote>
        </figure>
      )}
      <p id={`${id}-hint`} className="ritual-hint">
        {screen.hint}
      </p>
      <label className="sr-only" htmlFor={`${id}-answer`}>
        {m.ritual.answerLabel}
      </label>
      <textarea
        id={`${id}-answer`}
        className="text-area ritual-answer"
        rows={6}
        maxLength={2000}
        value={draft}
        onChange={(event) => onDraft(event.target.value)}
        aria-describedby={error ? `${promptId} ${id}-error` : promptId}
        aria-invalid={error ? true : undefined}
        aria-required={screen.skippable ? undefined : true}
        autoFocus
      />
      <FieldError id={`${id}-error`} message={error} />
    </section>
  )
}
