/** The ritual's steps: edit titles, add, remove, and reorder with buttons that keep keyboard focus on the moved step. */
import { useEffect, useRef, useState } from 'react'
import type { RitualStep } from '../../../../core'
import { settingsMessages as m } from '../../messages/settings'
import { FieldError } from '../../components/field-error'
import { useFormErrors } from './form-errors'
import { CheckboxField, Field } from './settings-fields'

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
  const { steps } = props
  const { messageFor, idFor } = useFormErrors()
  const listRef = useRef<HTMLOListElement>(null)
  const [focus, setFocus] = useState<{ id: string; action: Action } | null>(null)
  const [announcement, setAnnouncement] = useState('')

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
    setAnnouncement(m.stepMoved(step.title, index + by + 1, steps.length))
  }

  const add = () => {
    const step: RitualStep = {
      id: props.newId(),
      kind: 'custom',
      title: m.newStepTitle,
      skippable: true,
    }
    props.onChange([...steps, step])
    setFocus({ id: step.id, action: 'title' })
  }

  return (
    <section className="settings-section" aria-labelledby="settings-ritual">
      <h2 id="settings-ritual">{m.ritualTitle}</h2>
      <p className="section-hint">{m.ritualHint}</p>
      <ol className="step-list" ref={listRef}>
        {steps.map((step, index) => {
          const path = `ritualSteps.${index}`
          const update = (change: Partial<RitualStep>) =>
            props.onChange(steps.map((each, at) => (at === index ? { ...step, ...change } : each)))
          return (
            <li key={step.id} className="step card" data-step-id={step.id}>
              <Field
                path={`${path}.title`}
                label={m.stepTitle(index + 1)}
                hint={m.stepKindHint(m.stepKind[step.kind])}
                className="setting-grow"
                data-action="title"
                maxLength={120}
                value={step.title}
                onChange={(event) => update({ title: event.target.value })}
                onBlur={() => props.onBlur(path)}
              />
              <CheckboxField
                path={`${path}.skippable`}
                label={
                  <>
                    <span className="sr-only">{m.stepTitle(index + 1)}: </span>
                    {m.stepSkippable}
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
                  aria-label={m.moveUp(step.title)}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span> {m.moveUpShort}
                </button>
                <button
                  type="button"
                  className="button"
                  data-action="down"
                  disabled={index === steps.length - 1}
                  aria-label={m.moveDown(step.title)}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span> {m.moveDownShort}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={m.removeStep(step.title)}
                  onClick={() => {
                    props.onChange(steps.filter((_, at) => at !== index))
                    setAnnouncement(m.stepRemoved(step.title))
                  }}
                >
                  {m.removeShort}
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
        type="button"
        className="button add-button"
        onClick={add}
        disabled={steps.length >= MAX_STEPS}
      >
        {m.addStep}
      </button>
      {steps.length >= MAX_STEPS ? <p className="muted">{m.stepsFull}</p> : null}
    </section>
  )
}
