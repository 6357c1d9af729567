/** One-off days: a date that is off, or ends (and starts) at a different time, with a note. */
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

function OverrideRow(props: {
  entry: ListEntry<DayOverride>
  settings: Settings
  onBlur: (field: string) => void
}) {
  const { item: override, index, path, set } = props.entry
  const m = useMessages()
  const n = index + 1
  const blur = () => props.onBlur(path)
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
        onClick={props.entry.remove}
      >
        {m.settings.removeShort}
      </button>
    </li>
  )
}

/** The one-off days section: one row per day and a button to add another. */
export function OverridesEditor(props: ListSectionProps<DayOverride>) {
  const m = useMessages()
  return (
    <ListEditor
      path="overrides"
      addLabel={m.settings.addOverride}
      items={props.settings.overrides}
      // Dates can repeat while being edited, so position is the only stable key.
      keyOf={(_, index) => index}
      focusField="date"
      newItem={() => newOverride(props.settings, props.today)}
      listClassName="override-list"
      onChange={props.onChange}
    >
      {(entry) => <OverrideRow entry={entry} settings={props.settings} onBlur={props.onBlur} />}
    </ListEditor>
  )
}
