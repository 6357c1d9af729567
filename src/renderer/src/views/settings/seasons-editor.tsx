/** Seasons: named date ranges with their own weekly schedule and intention — add, edit, end today, remove. */
import type { Season, Settings } from '../../../../core'
import { settingsMessages as m } from '../../messages/settings'
import { FieldError } from '../../components/field-error'
import { addDaysTo } from '../../format/local-date'
import { useFormErrors } from './form-errors'
import { Field } from './settings-fields'
import { WeeklyEditor } from './weekly-editor'

/** A new season starts today (or the day after the last season ends) and runs four weeks on the current week. */
export function newSeason(settings: Settings, today: string, id: string): Season {
  const lastEnd = settings.seasons.reduce(
    (latest, season) => (season.to > latest ? season.to : latest),
    '',
  )
  const from = lastEnd >= today ? addDaysTo(lastEnd, 1) : today
  return {
    id,
    name: m.newSeasonName,
    from,
    to: addDaysTo(from, 27),
    weekly: structuredClone(settings.weekly),
    intention: '',
  }
}

function SeasonCard(props: {
  index: number
  season: Season
  today: string
  onChange: (season: Season) => void
  onRemove: () => void
  onBlur: (field: string) => void
}) {
  const { index, season, today } = props
  const path = `seasons.${index}`
  const blur = () => props.onBlur(path)
  const current = season.from <= today && today <= season.to
  const set = (change: Partial<Season>) => props.onChange({ ...season, ...change })
  return (
    <fieldset className="season card">
      <legend>
        {m.seasonLegend(season.name)}
        {current ? <span className="badge">{m.seasonCurrent}</span> : null}
      </legend>
      <div className="season-fields">
        <Field
          path={`${path}.name`}
          label={m.seasonName}
          value={season.name}
          maxLength={80}
          onChange={(event) => set({ name: event.target.value })}
          onBlur={blur}
        />
        <Field
          path={`${path}.from`}
          label={m.seasonFrom}
          type="date"
          value={season.from}
          onChange={(event) => set({ from: event.target.value })}
          onBlur={blur}
        />
        <Field
          path={`${path}.to`}
          label={m.seasonTo}
          type="date"
          value={season.to}
          onChange={(event) => set({ to: event.target.value })}
          onBlur={blur}
        />
        <Field
          path={`${path}.intention`}
          className="setting-wide"
          label={m.seasonIntention}
          hint={m.seasonIntentionHint}
          value={season.intention}
          maxLength={280}
          onChange={(event) => set({ intention: event.target.value })}
          onBlur={blur}
        />
      </div>
      <h4 className="subheading">{m.seasonSchedule}</h4>
      <WeeklyEditor
        path={`${path}.weekly`}
        weekly={season.weekly}
        context={m.seasonLegend(season.name)}
        onChange={(weekly) => set({ weekly })}
        onBlur={props.onBlur}
      />
      <div className="card-actions">
        {current && season.to > today ? (
          <button
            type="button"
            className="button"
            aria-label={m.endSeason(season.name)}
            onClick={() => set({ to: today })}
          >
            {m.endSeasonShort}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          aria-label={m.removeSeason(season.name)}
          onClick={props.onRemove}
        >
          {m.removeShort}
        </button>
      </div>
    </fieldset>
  )
}

/** The seasons section: one card per season and a button to add another. */
export function SeasonsEditor(props: {
  settings: Settings
  today: string
  newId: () => string
  onChange: (seasons: Season[]) => void
  onBlur: (field: string) => void
}) {
  const { seasons } = props.settings
  const { messageFor, idFor } = useFormErrors()
  return (
    <section className="settings-section" aria-labelledby="settings-seasons">
      <h2 id="settings-seasons">{m.seasonsTitle}</h2>
      <p className="section-hint">{m.seasonsHint}</p>
      {seasons.length === 0 ? <p className="muted">{m.seasonsEmpty}</p> : null}
      {seasons.map((season, index) => (
        <SeasonCard
          key={season.id}
          index={index}
          season={season}
          today={props.today}
          onChange={(changed) =>
            props.onChange(seasons.map((each, at) => (at === index ? changed : each)))
          }
          onRemove={() => props.onChange(seasons.filter((_, at) => at !== index))}
          onBlur={props.onBlur}
        />
      ))}
      <FieldError id={`${idFor('seasons')}-error`} message={messageFor('seasons')} />
      <button
        type="button"
        className="button add-button"
        onClick={() =>
          props.onChange([...seasons, newSeason(props.settings, props.today, props.newId())])
        }
      >
        {m.addSeason}
      </button>
    </section>
  )
}
