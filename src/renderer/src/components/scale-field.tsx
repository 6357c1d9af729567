/** A 1–5 scale as native radios: Tab enters the group, arrow keys move and choose, as screen readers expect. */
import { useId } from 'react'
import type { Scale } from '../../../core'
import { useMessages } from '../i18n/messages-context'

const VALUES: readonly Scale[] = [1, 2, 3, 4, 5]

/** One labelled 1–5 scale; `anchors` names each value for assistive technology and the two ends on screen. */
export function ScaleField({
  name,
  legend,
  anchors,
  value,
  onChange,
  error,
}: {
  name: string
  legend: string
  anchors: readonly [string, string, string, string, string]
  value: Scale | null
  onChange: (value: Scale) => void
  error?: string | null | undefined
}) {
  const m = useMessages()
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <fieldset
      className="scale"
      role="radiogroup"
      aria-required="true"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="scale-legend">{legend}</legend>
      <div className="scale-options">
        {VALUES.map((option, index) => (
          <label key={option} className="scale-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              aria-label={m.popover.checkIn.option({ value: option, anchor: anchors[index] ?? '' })}
            />
            <span className="scale-dot" aria-hidden="true">
              {option}
            </span>
          </label>
        ))}
      </div>
      <p className="scale-anchors" id={hintId}>
        <span>{m.popover.checkIn.scaleLow({ anchor: anchors[0] })}</span>
        <span>{m.popover.checkIn.scaleHigh({ anchor: anchors[4] })}</span>
      </p>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
