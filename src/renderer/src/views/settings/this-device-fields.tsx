/** This device's name and whether it counts as work; each change goes to main at once, a refusal shows beside its field. */
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { DeviceSummary } from '../../../../shared/devices-state'
import type { Refusal } from '../../refusal'
import { FormErrorsProvider } from './form-errors'
import { Field } from './settings-fields'
import { useMessages } from '../../i18n/messages-context'

/** The two fields; `save` answers the refusal, or nothing when it went through. */
export function ThisDeviceFields(props: {
  device: DeviceSummary
  busy: boolean
  save: (device: { name: string; countsAsWork: boolean }) => Promise<Refusal | undefined>
}) {
  const m = useMessages()
  const idPrefix = useId()
  const [name, setName] = useState(props.device.name)
  // A new saved name (this rename, or one pushed from main) replaces the draft; focus stays where it is.
  const [savedName, setSavedName] = useState(props.device.name)
  if (props.device.name !== savedName) {
    setSavedName(props.device.name)
    setName(props.device.name)
  }
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const context = useMemo(
    () => ({
      messageFor: (field: string) => refusal?.fields[field],
      idFor: (field: string) => `${idPrefix}-device-${field}`,
    }),
    [refusal, idPrefix],
  )
  const checkboxId = context.idFor('countsAsWork')

  // A click while a command is on its way is dropped; the controls stay enabled so focus stays put.
  const save = async (device: { name: string; countsAsWork: boolean }) => {
    if (props.busy) return
    setRefusal((await props.save(device)) ?? null)
  }

  const rename = () => void save({ name, countsAsWork: props.device.countsAsWork })

  // The section sits inside the settings form: Enter renames the device, never saves the settings.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    rename()
  }

  return (
    <FormErrorsProvider value={context}>
      <h3 className="subheading">{m.settings.devices.thisDeviceTitle}</h3>
      <Field
        path="name"
        label={m.settings.devices.name}
        hint={m.settings.devices.nameHint}
        className="device-name-field"
        value={name}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
        after={
          <button type="button" className="button" onClick={rename}>
            {m.settings.devices.rename}
          </button>
        }
      />
      <div className="setting-field setting-check device-work">
        <input
          id={checkboxId}
          type="checkbox"
          checked={props.device.countsAsWork}
          aria-describedby={`${checkboxId}-hint`}
          onChange={(event) =>
            // The saved name goes with the switch, so a half-typed name is never sent by it.
            void save({
              name: props.device.name.trim() ? props.device.name : name,
              countsAsWork: event.target.checked,
            })
          }
        />
        <label htmlFor={checkboxId}>{m.settings.devices.countsAsWork}</label>
        <p id={`${checkboxId}-hint`} className="field-hint">
          {m.settings.devices.countsAsWorkHint}
        </p>
      </div>
      {refusal?.form ? (
        <p className="field-error" role="alert">
          {refusal.form}
        </p>
      ) : null}
    </FormErrorsProvider>
  )
}
