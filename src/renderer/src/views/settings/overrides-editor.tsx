/** One-off days: a date that is off, or ends (and starts) at a different time, with a note. */
import { useRef } from 'react'
import type { DayOverride, Settings } from '../../../../core'
import { FieldError } from '../../components/field-error'
import { addDaysTo, weekdayIndexOf } from '../../format/local-date'
import { useFormErrors } from './form-errors'
import { CheckboxField, Field } from './settings-fields'
import { useFocusLater } from './use-focus-later'
import { useMessages } from '../../i18n/messages-context'

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** The end a working override starts from: the weekly plan's end for that weekday. */
const weeklyEndOf = (settings: Settings, date: string): string =>
  settings.weekly[WEEK[weekdayIndexOf(date)] ?? 'mon'].end

/** A new one-off day: the first date from today without one, as a day off. */
export function newOverride(settings: Settings, today: string): DayOverride {
  const taken = new Set(settings.overrides.map((override) => override.date))
  let date = today
  while (taken.has(date)) date = addDaysTo(date, 1)
  return { date, off: true, note: '' }
}

function OverrideRow(props: {
  index: number
  override: DayOverride
  settings: Settings
  onChange: (override: DayOverride) => void
  onRemove: () => void
  onBlur: (field: string) => void
}) {
  const { index, override } = props
  const m = useMessages()
  const path = `overrides.${index}`
  const n = index + 1
  const blur = () => props.onBlur(path)
  const set = (change: Partial<DayOverride>) => props.onChange({ ...override, ...change })
  return (
    <li className="override card">
      <Field
        path={`${path}.date`}
        label={m.settings.overrideDate}
        aria-label={m.settings.overrideLabel({ position: n, what: m.settings.overrideDate })}
        type="date"
        value={override.date}
        onChange={(event) => set({ date: event.target.value })}
        onBlur={blur}
      />
      <CheckboxField
        path={`${path}.off`}
        label={
          <>
            <span className="sr-only">{m.settings.overrideLabel({ position: n, what: '' })}</span>
            {m.settings.overrideOff}
          </>
        }
        checked={override.off}
        onChange={(off) =>
          set(
            off
              ? { off }
              : { off, end: override.end ?? weeklyEndOf(props.settings, override.date) },
          )
        }
        onBlur={blur}
      />
      <Field
        path={`${path}.start`}
        label={`${m.settings.start} ${m.settings.optional}`}
        aria-label={m.settings.overrideLabel({ position: n, what: m.settings.start })}
        className="setting-time"
        inputMode="numeric"
        autoComplete="off"
        placeholder="09:00"
        disabled={override.off}
        value={override.start ?? ''}
        onChange={(event) => set({ start: event.target.value.trim() || undefined })}
        onBlur={blur}
      />
      <Field
        path={`${path}.end`}
        label={m.settings.end}
        aria-label={m.settings.overrideLabel({ position: n, what: m.settings.end })}
        className="setting-time"
        inputMode="numeric"
        autoComplete="off"
        placeholder={m.settings.timePlaceholder}
        disabled={override.off}
        value={override.end ?? ''}
        onChange={(event) => set({ end: event.target.value.trim() || undefined })}
        onBlur={blur}
      />
      <Field
        path={`${path}.note`}
        label={m.settings.overrideNote}
        aria-label={m.settings.overrideLabel({ position: n, what: m.settings.overrideNote })}
        className="setting-grow"
        maxLength={280}
        value={override.note}
        onChange={(event) => set({ note: event.target.value })}
        onBlur={blur}
      />
      <button
        type="button"
        className="button row-remove"
        aria-label={m.settings.removeOverride({ position: n })}
        onClick={props.onRemove}
      >
        {m.settings.removeShort}
      </button>
    </li>
  )
}

/** The one-off days section. */
export function OverridesEditor(props: {
  settings: Settings
  today: string
  onChange: (overrides: DayOverride[]) => void
  onBlur: (field: string) => void
}) {
  const { overrides } = props.settings
  const m = useMessages()
  const { messageFor, idFor } = useFormErrors()
  // An added day's date takes focus; a removed day's place goes to "Add a one-off day".
  const focusLater = useFocusLater()
  const addButton = useRef<HTMLButtonElement>(null)
  return (
    <section className="settings-section" aria-labelledby="settings-overrides">
      <h2 id="settings-overrides">{m.settings.overridesTitle}</h2>
      <p className="section-hint">{m.settings.overridesHint}</p>
      {overrides.length === 0 ? <p className="muted">{m.settings.overridesEmpty}</p> : null}
      <ul className="override-list">
        {overrides.map((override, index) => (
          <OverrideRow
            // Dates can repeat while being edited, so position is the only stable key.
            key={index}
            index={index}
            override={override}
            settings={props.settings}
            onChange={(changed) =>
              props.onChange(overrides.map((each, at) => (at === index ? changed : each)))
            }
            onRemove={() => {
              props.onChange(overrides.filter((_, at) => at !== index))
              focusLater(() => addButton.current)
            }}
            onBlur={props.onBlur}
          />
        ))}
      </ul>
      <FieldError id={`${idFor('overrides')}-error`} message={messageFor('overrides')} />
      <button
        ref={addButton}
        type="button"
        className="button add-button"
        onClick={() => {
          props.onChange([...overrides, newOverride(props.settings, props.today)])
          focusLater(() => document.getElementById(idFor(`overrides.${overrides.length}.date`)))
        }}
      >
        {m.settings.addOverride}
      </button>
    </section>
  )
}
