/** Reminder figures: grace, heads-up, snooze, reminder limit, away threshold, departure minimum, rollover hour. */
import type { Settings } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { Field, numberFrom, numberText } from './settings-fields'
import { useMessages } from '../../i18n/messages-context'

type NumberKey =
  | 'graceMinutes'
  | 'headsUpMinutes'
  | 'snoozeMinutes'
  | 'reminderLimit'
  | 'awayThresholdMinutes'
  | 'departureMinimumMinutes'
  | 'rolloverHour'

/** The number fields, in order, worded from `m`. */
const fieldsOf = (
  m: Pick<Messages, 'settings'>,
): { key: NumberKey; label: string; hint: string; unit: string; max: number }[] => [
  {
    key: 'graceMinutes',
    label: m.settings.graceMinutes,
    hint: m.settings.graceHint,
    unit: m.settings.minutesUnit,
    max: 240,
  },
  {
    key: 'headsUpMinutes',
    label: m.settings.headsUpMinutes,
    hint: m.settings.headsUpHint,
    unit: m.settings.minutesUnit,
    max: 240,
  },
  {
    key: 'snoozeMinutes',
    label: m.settings.snoozeMinutes,
    hint: m.settings.snoozeHint,
    unit: m.settings.minutesUnit,
    max: 240,
  },
  {
    key: 'reminderLimit',
    label: m.settings.reminderLimit,
    hint: m.settings.reminderLimitHint,
    unit: '',
    max: 20,
  },
  {
    key: 'awayThresholdMinutes',
    label: m.settings.awayThresholdMinutes,
    hint: m.settings.awayThresholdHint,
    unit: m.settings.minutesUnit,
    max: 240,
  },
  {
    key: 'departureMinimumMinutes',
    label: m.settings.departureMinimumMinutes,
    hint: m.settings.departureMinimumHint,
    unit: m.settings.minutesUnit,
    max: 720,
  },
  {
    key: 'rolloverHour',
    label: m.settings.rolloverHour,
    hint: m.settings.rolloverHint,
    unit: m.settings.hourUnit,
    max: 12,
  },
]

/** Number inputs that let any entry through (negative, empty, fractional) so the validator can say what is wrong. */
export function RemindersSection(props: {
  settings: Settings
  idleUnavailable: boolean
  onChange: (key: NumberKey, value: number) => void
  onBlur: (field: string) => void
}) {
  const m = useMessages()
  return (
    <section className="settings-section" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{m.settings.remindersTitle}</h2>
      {props.idleUnavailable ? (
        <p className="note" role="note">
          {m.settings.idleUnavailable}
        </p>
      ) : null}
      <div className="number-grid">
        {fieldsOf(m).map((field) => (
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
