/** The global shortcut: typed as an Electron accelerator, or recorded from the next key combination pressed. */
import { useState, type KeyboardEvent } from 'react'
import { useMessages } from '../../i18n/messages-context'
import { Field } from './settings-fields'

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  '+': 'Plus',
}

/**
 * A letter or digit key by its place on the keyboard, for when the character it typed is not one
 * Electron reads: Option on macOS types "å" or "˚". A plain letter keeps the layout's own name,
 * which is the one the desktop registers.
 */
const physicalKeyOf = (event: Pick<KeyboardEvent, 'key' | 'code'>): string | null =>
  /^[a-z0-9]$/i.test(event.key) ? null : (/^(?:Key|Digit)([A-Z0-9])$/.exec(event.code)?.[1] ?? null)

/** An Electron accelerator for a key event, or null while only modifiers are held. */
export function acceleratorOf(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): string | null {
  if (['Control', 'Meta', 'Alt', 'Shift', 'AltGraph'].includes(event.key)) return null
  const modifiers = [
    event.ctrlKey || event.metaKey ? 'CommandOrControl' : null,
    event.altKey ? 'Alt' : null,
    event.shiftKey ? 'Shift' : null,
  ].filter(Boolean)
  if (modifiers.length === 0) return null
  const key =
    physicalKeyOf(event) ??
    KEY_NAMES[event.key] ??
    (event.key.length === 1 ? event.key.toUpperCase() : event.key)
  return [...modifiers, key].join('+')
}

/** A text field with a Record button; while recording, the field listens for one key combination. */
export function ShortcutField(props: {
  value: string
  onChange: (value: string) => void
  onBlur: () => void
}) {
  const m = useMessages()
  const [recording, setRecording] = useState(false)

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!recording) return
    event.preventDefault()
    if (event.key === 'Escape') {
      setRecording(false)
      return
    }
    const accelerator = acceleratorOf(event)
    if (accelerator) {
      props.onChange(accelerator)
      setRecording(false)
    }
  }

  return (
    <Field
      path="shortcut"
      label={m.settings.shortcut}
      hint={recording ? m.settings.shortcutRecordingHint : m.settings.shortcutHint}
      className="setting-wide"
      autoComplete="off"
      spellCheck={false}
      maxLength={64}
      value={recording ? m.settings.shortcutRecording : props.value}
      readOnly={recording}
      onKeyDown={onKeyDown}
      onChange={(event) => props.onChange(event.target.value)}
      onBlur={() => {
        setRecording(false)
        props.onBlur()
      }}
      after={
        <button
          type="button"
          className="button"
          aria-pressed={recording}
          // Keeps focus in the field, so a second click stops recording instead of blurring and restarting it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            setRecording(!recording)
            const input = event.currentTarget.parentElement?.querySelector('input')
            input?.focus()
          }}
        >
          {m.settings.shortcutRecord}
        </button>
      }
    />
  )
}
