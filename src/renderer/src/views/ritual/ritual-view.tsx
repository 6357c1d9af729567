/** The shutdown ritual: one step at a time, each answer saved on moving on, ending in "Shutdown complete". */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { IpcProblem } from '../../../../shared/ipc-contract'
import { refusalOf } from '../../refusal'
import { useEscape } from '../../use-escape'
import { usePageHide } from '../../use-page-hide'
import { useToday } from '../../use-today'
import { AnswerStep } from './answer-step'
import { FinishStep } from './finish-step'
import { RitualComplete } from './ritual-complete'
import { RitualProgress } from './ritual-progress'
import { resumeIndex, ritualScreens, type RitualScreen } from './ritual-screens'
import { useWeekSummary } from './use-week-summary'
import { StayLateForm } from '../popover/stay-late-form'
import './ritual.css'
import { useMessages } from '../../i18n/messages-context'
import { ViewFailed } from '../../view-error-boundary'

/** The ritual window; it records the ritual as started when it opens, and Esc closes it keeping saved answers. */
export function RitualView() {
  const m = useMessages()
  const { today, failed, apply } = useToday()
  const [chosen, setChosen] = useState<number | null>(null)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [stayingLate, setStayingLate] = useState(false)
  const stayLateLink = useRef<HTMLButtonElement>(null)
  const started = useRef(false)

  const date = today?.plan.date ?? null
  const steps = today?.ritualSteps
  const screens = useMemo(
    () => (steps && date ? ritualScreens(steps, date, m) : []),
    [steps, date, m],
  )
  const hasWeekly = screens.some((screen) => screen.kind === 'answer' && screen.weekly)
  const week = useWeekSummary(hasWeekly ? date : null)
  const saved = today?.record.ritual.answers ?? {}
  const completed = today !== null && today.record.ritual.completedAt !== null

  useEffect(() => {
    if (!today || started.current) return
    started.current = true
    if (today.record.ritual.completedAt === null) {
      window.sundown.startRitual().then(
        (result) => result.ok && apply(result.value),
        () => undefined,
      )
    }
  }, [today, apply])

  // Until the user moves, the ritual resumes at the first step without a saved answer.
  const index = chosen ?? resumeIndex(screens, saved)
  const screen: RitualScreen | undefined = screens[index]
  const draftOf = (id: string) => drafts[id] ?? saved[id] ?? ''

  /** Saves the current step's answer when it changed; false when the API refused it. */
  const saveCurrent = async (): Promise<boolean> => {
    if (screen?.kind !== 'answer') return true
    const answer = draftOf(screen.id).trim()
    if (answer === (saved[screen.id] ?? '')) return true
    const refuse = (problem: IpcProblem | null) => {
      setError(refusalOf(problem, ['answer'], m).fields['answer'] ?? m.ritual.saveFailed)
      return false
    }
    try {
      const result = await window.sundown.answerRitualStep({ stepId: screen.id, answer })
      if (!result.ok) return refuse(result.problem)
      apply(result.value)
      return true
    } catch {
      return refuse(null)
    }
  }

  const move = async (to: number, save: boolean) => {
    if (busy) return
    setBusy(true)
    const ok = save ? await saveCurrent() : true
    setBusy(false)
    if (!ok) return
    setError(null)
    setChosen(Math.max(0, Math.min(screens.length - 1, to)))
  }

  const next = () => {
    if (screen?.kind === 'answer' && !screen.skippable && !draftOf(screen.id).trim()) {
      setError(m.ritual.required)
      return
    }
    void move(index + 1, true)
  }

  const finish = async () => {
    if (busy) return
    setBusy(true)
    try {
      const result = await window.sundown.completeRitual()
      if (result.ok) apply(result.value)
      else setError(refusalOf(result.problem, [], m).form)
    } catch {
      setError(refusalOf(null, [], m).form)
    } finally {
      setBusy(false)
    }
  }

  const close = () => void window.sundown.closeView({ view: 'ritual' }).catch(() => undefined)
  useEscape(() => {
    if (completed) return close()
    void saveCurrent().then((ok) => ok && close())
  })

  // Closed with the window's own button: keep the step being written too.
  usePageHide(() => {
    if (!completed) void saveCurrent()
  })

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
    event.preventDefault()
    if (screen?.kind === 'finish') void finish()
    else next()
  }

  if (failed) return <ViewFailed message={m.common.loadFailed} />
  if (!today || !screen) return null

  if (completed) {
    const firstTaskStep = today.ritualSteps.find((step) => step.kind === 'first-task')
    return (
      <main className="ritual">
        <RitualComplete
          today={today}
          firstTask={firstTaskStep ? (saved[firstTaskStep.id] ?? '') : ''}
          onClose={close}
        />
      </main>
    )
  }

  return (
    <main className="ritual" onKeyDown={onKeyDown}>
      <header className="ritual-header">
        <h1 className="ritual-title">{m.ritual.title}</h1>
        <RitualProgress index={index} total={screens.length} />
      </header>
      {stayingLate ? (
        <StayLateForm
          today={today}
          onSaved={(next) => {
            apply(next)
            // Planned overtime, not a verdict: the ritual waits, with its answers kept, for the new end.
            void window.sundown.closeView({ view: 'ritual' })
          }}
          onClose={() => {
            setStayingLate(false)
            // The form goes away with focus in it: hand focus back to the link that opened it.
            requestAnimationFrame(() => stayLateLink.current?.focus())
          }}
        />
      ) : (
        <button
          ref={stayLateLink}
          type="button"
          className="button link ritual-stay-late"
          aria-expanded={false}
          onClick={() => setStayingLate(true)}
        >
          {m.ritual.stayLateInstead}
        </button>
      )}
      <div className="ritual-body">
        {screen.kind === 'answer' ? (
          <AnswerStep
            key={screen.id}
            screen={screen}
            draft={draftOf(screen.id)}
            onDraft={(text) => {
              setDrafts((current) => ({ ...current, [screen.id]: text }))
              setError(null)
            }}
            error={error}
            week={week}
          />
        ) : (
          <FinishStep error={error} busy={busy} onFinish={() => void finish()} />
        )}
      </div>
      <footer className="ritual-nav">
        <button
          type="button"
          className="button"
          onClick={() => void move(index - 1, true)}
          disabled={index === 0 || busy}
        >
          {m.ritual.back}
        </button>
        <span className="ritual-nav-spacer" />
        {screen.kind === 'answer' && screen.skippable && (
          <button type="button" className="button link" onClick={() => void move(index + 1, false)}>
            {m.ritual.skip}
          </button>
        )}
        {screen.kind === 'answer' && (
          <button type="button" className="button primary" onClick={next} disabled={busy}>
            {m.ritual.next}
          </button>
        )}
      </footer>
      <p className="key-hint ritual-key-hint">{m.ritual.keyHint}</p>
    </main>
  )
}
