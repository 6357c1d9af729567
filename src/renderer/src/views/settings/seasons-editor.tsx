/** Seasons: named date ranges with their own weekly schedule and intention — add, edit, end today, remove. */
import { useId } from 'react'
import type { Season, Settings } from '../../../../core'
import { addDaysTo } from '../../format/local-date'
import { ListEditor, type ListEntry, type ListSectionProps } from './list-editor'
import { Field } from './settings-fields'
import { WeeklyEditor } from './weekly-editor'
import { useMessages } from '../../i18n/messages-context'

/** A new season, called `name`, starts today (or the day after the last season ends) and runs four weeks on the current week. */
export function newSeason(settings: Settings, today: string, id: string, name: string): Season {
  const lastEnd = settings.seasons.reduce(
    (latest, season) => (season.to > latest ? season.to : latest),
    '',
  )
  const from = lastEnd >= today ? addDaysTo(lastEnd, 1) : today
  return {
    id,
    name,
    from,
    to: addDaysTo(from, 27),
    weekly: structuredClone(settings.weekly),
    intention: '',
  }
}

function SeasonCard(props: {
  entry: ListEntry<Season>
  today: string
  onBlur: (field: string) => void
}) {
  const { item: season, path, set, textField } = props.entry
  const { today } = props
  const m = useMessages()
  const id = useId()
  const current = season.from <= today && today <= season.to
  return (
    <fieldset className="season card">
      <legend>
        <span id={`${id}-name`}>{m.settings.seasonLegend({ name: season.name })}</span>
        {current ? <span className="badge">{m.settings.seasonCurrent}</span> : null}
      </legend>
      <div className="season-fields">
        <Field {...textField('name')} label={m.settings.seasonName} maxLength={80} />
        <Field {...textField('from')} label={m.settings.seasonFrom} type="date" />
        <Field {...textField('to')} label={m.settings.seasonTo} type="date" />
        <Field
          {...textField('intention')}
          className="setting-wide"
          label={m.settings.seasonIntention}
          hint={m.settings.seasonIntentionHint}
          maxLength={280}
        />
      </div>
      <h3 className="subheading">{m.settings.seasonSchedule}</h3>
      <WeeklyEditor
        path={`${path}.weekly`}
        weekly={season.weekly}
        context={m.settings.seasonLegend({ name: season.name })}
        onChange={(weekly) => set({ weekly })}
        onBlur={props.onBlur}
      />
      <div className="card-actions">
        {current && season.to > today ? (
          <button
            type="button"
            className="button"
            // Named by its visible words (WCAG 2.5.3); the season it ends is its description.
            aria-describedby={`${id}-name`}
            onClick={() => set({ to: today })}
          >
            {m.settings.endSeasonShort}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          aria-label={m.settings.removeSeason({ name: season.name })}
          onClick={props.entry.remove}
        >
          {m.settings.removeShort}
        </button>
      </div>
    </fieldset>
  )
}

/** The seasons section: one card per season and a button to add another. */
export function SeasonsEditor(props: ListSectionProps<Season> & { newId: () => string }) {
  const m = useMessages()
  return (
    <ListEditor
      path="seasons"
      items={props.settings.seasons}
      keyOf={(season) => season.id}
      focusField="name"
      newItem={() =>
        newSeason(props.settings, props.today, props.newId(), m.settings.newSeasonName)
      }
      onChange={props.onChange}
      onBlur={props.onBlur}
    >
      {(entry) => <SeasonCard entry={entry} today={props.today} onBlur={props.onBlur} />}
    </ListEditor>
  )
}
