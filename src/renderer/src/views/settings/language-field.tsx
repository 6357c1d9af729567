/** The language setting: follow the system, or one of the languages Sundown speaks, named in its own words. */
import { LANGUAGES } from '../../../../shared/messages'
import { useMessages } from '../../i18n/messages-context'
import { useFormErrors } from './form-errors'
import { useFieldError } from './settings-fields'

/** A labelled select bound to `settings.language`; a code set elsewhere (e.g. `de-AT` from an import) is kept as an option. */
export function LanguageField(props: {
  value: string
  onChange: (value: string) => void
  onBlur: () => void
}) {
  const m = useMessages()
  const { idFor } = useFormErrors()
  const hintId = `${idFor('language')}-hint`
  const field = useFieldError('language', hintId)
  const choices = ['system', ...LANGUAGES] as const
  const known = (choices as readonly string[]).includes(props.value)
  return (
    <div className="setting-field">
      <label htmlFor={field.id}>{m.settings.language}</label>
      <div className="setting-control">
        <select
          className="select"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          onBlur={props.onBlur}
          {...field.props}
        >
          {known ? null : <option value={props.value}>{props.value}</option>}
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {m.settings.languageOptions[choice]}
            </option>
          ))}
        </select>
      </div>
      <p id={hintId} className="field-hint">
        {m.settings.languageHint}
      </p>
      {field.error}
    </div>
  )
}
