/** The ritual's steps: edit titles, add, remove, and reorder with buttons that keep keyboard focus on the moved step. */
import { useEffect, useRef, useState } from 'react'
import type { RitualStep } from '../../../../core'
import { shownStepTitle } from '../../../../shared/messages/step-title'
import { FieldError } from '../../components/field-error'
import { useFormErrors } from './form-errors'
import { CheckboxField, Field } from './settings-fields'
import { useFocusLater } from './use-focus-later'
import { useMessages } from '../../i18n/messages-context'

const MAX_STEPS = 12

type Action = 'up' | 'down' | 'title'

/** Swaps a step with its neighbour. */
function moved(steps: RitualStep[], index: number, by: -1 | 1): RitualStep[] {
  const next = [...steps]
  const [step] = next.splice(index, 1)
  if (step) next.splice(index + by, 0, step)
  return next
}

/** The ritual section; a polite live region says where a moved step landed. */
export function RitualStepsEditor(props: {
  steps: RitualStep[]
  newId: () => string
  onChange: (steps: RitualStep[]) => void
  onBlur: (field: string) => void
}) {
  const m = useMessages()
  const { steps } = props
  const { messageFor, idFor } = useFormErrors()
  const listRef = useRef<HTMLOListElement>(null)
  const [focus, setFocus] = useState<{ id: string; action: Action } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  // A removed step's place goes to "Add a step", so focus is not lost with its button.
  const focusLater = useFocusLater()
  const addButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!focus || !listRef.current) return
    const item = listRef.current.querySelector(`[data-step-id="${CSS.escape(focus.id)}"]`)
    const wanted = item?.querySelector<HTMLElement>(`[data-action="${focus.action}"]`)
    // At the top or bottom the pressed button is disabled, so focus its partner instead.
    const partner = item?.querySelector<HTMLElement>(
      `[data-action="${focus.action === 'up' ? 'down' : 'up'}"]`,
    )
    const target = wanted && !wanted.hasAttribute('disabled') ? wanted : partner
    target?.focus()
    setFocus(null)
  }, [focus, steps])

  const move = (index: number, by: -1 | 1) => {
    const step = steps[index]
    if (!step) return
    props.onChange(moved(steps, index, by))
    setFocus({ id: step.id, action: by < 0 ? 'up' : 'down' })
    setAnnouncement(
      m.settings.stepMoved({
        title: shownStepTitle(step, m),
        position: index + by + 1,
        total: steps.length,
      }),
    )
  }

  const add = () => {
    const step: RitualStep = {
      id: props.newId(),
      kind: 'custom',
      title: m.settings.newStepTitle,
      skippable: true,
    }
    props.onChange([...steps, step])
    setFocus({ id: step.id, action: 'title' })
  }

  return (
    <section className="settings-section" aria-labelledby="settings-ritual">
      <h2 id="settings-ritual">{m.settings.ritualTitle}</h2>
      <p className="section-hint">{m.settings.ritualHint}</p>
      <ol className="step-list" ref={listRef}>
        {steps.map((step, index) => {
          const path = `ritualSteps.${index}`
          const update = (change: Partial<RitualStep>) =>
            props.onChange(steps.map((each, at) => (at === index ? { ...step, ...change } : each)))
          // A default step nobody renamed shows its title in the user's language.
          const title = shownStepTitle(step, m)
          return (
            <li key={step.id} className="step card" data-step-id={step.id}>
              <Field
                path={`${path}.title`}
                label={m.settings.stepTitle({ position: index + 1 })}
                hint={m.settings.stepKindHint({ kind: m.settings.stepKind[step.kind] })}
                className="setting-grow"
                data-action="title"
                maxLength={120}
                value={title}
                onChange={(event) => update({ title: event.target.value })}
                onBlur={() => props.onBlur(path)}
              />
              <CheckboxField
                path={`${path}.skippable`}
                label={
                  <>
                    <span className="sr-only">
                      {m.settings.stepTitle({ position: index + 1 })}:{' '}
                    </span>
                    {m.settings.stepSkippable}
                  </>
                }
                checked={step.skippable}
                onChange={(skippable) => update({ skippable })}
                onBlur={() => props.onBlur(path)}
              />
              <div className="step-actions">
                <button
                  type="button"
                  className="button"
                  data-action="up"
                  disabled={index === 0}
                  aria-label={m.settings.moveUp({ title })}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span> {m.settings.moveUpShort}
                </button>
                <button
                  type="button"
                  className="button"
                  data-action="down"
                  disabled={index === steps.length - 1}
                  aria-label={m.settings.moveDown({ title })}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span> {m.settings.moveDownShort}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={m.settings.removeStep({ title })}
                  onClick={() => {
                    props.onChange(steps.filter((_, at) => at !== index))
                    setAnnouncement(m.settings.stepRemoved({ title }))
                    focusLater(() => addButton.current)
                  }}
                >
                  {m.settings.removeShort}
                </button>
              </div>
            </li>
          )
        })}
      </ol>
      <FieldError id={`${idFor('ritualSteps')}-error`} message={messageFor('ritualSteps')} />
      <p className="sr-only" role="status">
        {announcement}
      </p>
      <button
        ref={addButton}
        type="button"
        className="button add-button"
        onClick={add}
        disabled={steps.length >= MAX_STEPS}
      >
        {m.settings.addStep}
      </button>
      {steps.length >= MAX_STEPS ? <p className="muted">{m.settings.stepsFull}</p> : null}
    </section>
  )
}
