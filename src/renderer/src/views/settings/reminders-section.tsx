/** Reminder figures: grace, heads-up, snooze, reminder limit, away threshold, departure minimum, rollover hour. */
import type { Settings } from '../../../../core'
import { settingsMessages as m } from '../../messages/settings'
import { Field, numberFrom, numberText } from './settings-fields'

type NumberKey =
  | 'graceMinutes'
  | 'headsUpMinutes'
  | 'snoozeMinutes'
  | 'reminderLimit'
  | 'awayThresholdMinutes'
  | 'departureMinimumMinutes'
  | 'rolloverHour'

const FIELDS: { key: NumberKey; label: string; hint: string; unit: string; max: number }[] = [
  { key: 'graceMinutes', label: m.graceMinutes, hint: m.graceHint, unit: m.minutesUnit, max: 240 },
  {
    key: 'headsUpMinutes',
    label: m.headsUpMinutes,
    hint: m.headsUpHint,
    unit: m.minutesUnit,
    max: 240,
  },
  {
    key: 'snoozeMinutes',
    label: m.snoozeMinutes,
    hint: m.snoozeHint,
    unit: m.minutesUnit,
    max: 240,
  },
  { key: 'reminderLimit', label: m.reminderLimit, hint: m.reminderLimitHint, unit: '', max: 20 },
  {
    key: 'awayThresholdMinutes',
    label: m.awayThresholdMinutes,
    hint: m.awayThresholdHint,
    unit: m.minutesUnit,
    max: 240,
  },
  {
    key: 'departureMinimumMinutes',
    label: m.departureMinimumMinutes,
    hint: m.departureMinimumHint,
    unit: m.minutesUnit,
    max: 720,
  },
  { key: 'rolloverHour', label: m.rolloverHour, hint: m.rolloverHint, unit: m.hourUnit, max: 12 },
]

/** Number inputs that let any entry through (negative, empty, fractional) so the validator can say what is wrong. */
export function RemindersSection(props: {
  settings: Settings
  idleUnavailable: boolean
  onChange: (key: NumberKey, value: number) => void
  onBlur: (field: string) => void
}) {
  return (
    <section className="settings-section" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{m.remindersTitle}</h2>
      {props.idleUnavailable ? (
        <p className="note" role="note">
          {m.idleUnavailable}
        </p>
      ) : null}
      <div className="number-grid">
        {FIELDS.map((field) => (
          <Field
            key={field.key}
            path={field.key}
            label={field.label}
            hint={field.hint}
            className="setting-number"
            type="number"
            inputMode="numeric"
            step={1}
            max={field.max}
            value={numberText(props.settings[field.key])}
            onChange={(event) => props.onChange(field.key, numberFrom(event.target.value))}
            onBlur={() => props.onBlur(field.key)}
            after={field.unit ? <span className="unit">{field.unit}</span> : null}
          />
        ))}
      </div>
    </section>
  )
}
