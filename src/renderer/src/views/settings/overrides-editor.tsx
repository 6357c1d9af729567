/** One-off days: a date that is off, or ends (and starts) at a different time, with a note. */
import type { ChangeEvent } from 'react'
import type { DayOverride, Settings } from '../../../../core'
import { addDaysTo, weekdayIndexOf } from '../../format/local-date'
import { ListEditor, type ListEntry, type ListSectionProps } from './list-editor'
import { CheckboxField, Field } from './settings-fields'
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

function OverrideRow(props: { entry: ListEntry<DayOverride>; settings: Settings }) {
  const { item: override, index, path, set, blur, textField } = props.entry
  const m = useMessages()
  const n = index + 1
  // Every row repeats the same labels, so each field's name says which day it belongs to.
  const labelled = (what: string) => ({
    label: what,
    'aria-label': m.settings.overrideLabel({ position: n, what }),
  })
  /** A start or end time: typed as text so any entry reaches the validator; empty is none. */
  const time = (key: 'start' | 'end') => ({
    path: `${path}.${key}`,
    className: 'setting-time',
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    disabled: override.off,
    value: override[key] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      set({ [key]: event.target.value.trim() || undefined }),
    onBlur: blur,
  })
  return (
    <li className="override card">
      <Field {...textField('date')} {...labelled(m.settings.overrideDate)} type="date" />
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
        {...time('start')}
        label={`${m.settings.start} ${m.settings.optional}`}
        aria-label={m.settings.overrideLabel({ position: n, what: m.settings.start })}
        placeholder="09:00"
      />
      <Field
        {...time('end')}
        {...labelled(m.settings.end)}
        placeholder={m.settings.timePlaceholder}
      />
      <Field
        {...textField('note')}
        {...labelled(m.settings.overrideNote)}
        className="setting-grow"
        maxLength={280}
      />
      <button
        type="button"
        className="button row-remove"
        aria-label={m.settings.removeOverride({ position: n })}
        onClick={props.entry.remove}
      >
        {m.settings.removeShort}
      </button>
    </li>
  )
}

/** The one-off days section: one row per day and a button to add another. */
export function OverridesEditor(props: ListSectionProps<DayOverride>) {
  return (
    <ListEditor
      path="overrides"
      items={props.settings.overrides}
      // Dates can repeat while being edited, so position is the only stable key.
      keyOf={(_, index) => index}
      focusField="date"
      newItem={() => newOverride(props.settings, props.today)}
      listClassName="override-list"
      onChange={props.onChange}
      onBlur={props.onBlur}
    >
      {(entry) => <OverrideRow entry={entry} settings={props.settings} />}
    </ListEditor>
  )
}
