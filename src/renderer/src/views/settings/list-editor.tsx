/** A titled list of settings entries (seasons, one-off days), each edited in place, whose Add and Remove keep keyboard focus. */
import { Fragment, useRef, type ChangeEvent, type Key, type ReactNode } from 'react'
import type { Settings } from '../../../../core'
import type { Messages } from '../../../../shared/messages'
import { FieldError } from '../../components/field-error'
import { useFormErrors } from './form-errors'
import { useFocusLater } from './use-focus-later'
import { useMessages } from '../../i18n/messages-context'

/** What one entry's editor is handed: the entry, where it stands, and how to change or remove it. */
export interface ListEntry<Item> {
  item: Item
  index: number
  /** The entry's dotted path (`seasons.2`); its fields' paths, and so their errors, start with it. */
  path: string
  /** Merges `change` into the entry. */
  set: (change: Partial<Item>) => void
  /** Takes the entry out; focus moves to the Add button. */
  remove: () => void
  /** Tells the form a field of the entry was left, so its errors show. */
  blur: () => void
  /** Binds a text field to the entry's `key`: its path, value, edits and blur. */
  textField: (key: TextKey<Item>) => TextFieldBinding
}

/** The keys of an entry whose values are text. */
type TextKey<Item> = { [K in keyof Item]-?: Item[K] extends string ? K : never }[keyof Item] &
  string

/** The props a `Field` takes to edit one text value of an entry. */
interface TextFieldBinding {
  path: string
  value: string
  onChange: (event: ChangeEvent<HTMLInputElement>) => void
  onBlur: () => void
}

/** The lists this editor draws, each with its words: the section's heading, hint and empty note, and Add. */
const WORDS = {
  seasons: (m: Messages) => ({
    title: m.settings.seasonsTitle,
    hint: m.settings.seasonsHint,
    empty: m.settings.seasonsEmpty,
    add: m.settings.addSeason,
  }),
  overrides: (m: Messages) => ({
    title: m.settings.overridesTitle,
    hint: m.settings.overridesHint,
    empty: m.settings.overridesEmpty,
    add: m.settings.addOverride,
  }),
}

type ListPath = keyof typeof WORDS

/** What the form hands a list's section: the draft, today, and where edits and blurs go. */
export interface ListSectionProps<Item> {
  settings: Settings
  today: string
  onChange: (items: Item[]) => void
  onBlur: (field: string) => void
}

/** The section for the list at `path`: heading, hint, an empty note, the entries, the list's own error and Add. */
export function ListEditor<Item extends object>(props: {
  /** The list's field in the settings: it picks the section's words, and names its errors and its heading's id. */
  path: ListPath
  items: readonly Item[]
  /** React's key for an entry. */
  keyOf: (item: Item, index: number) => Key
  /** The field of an added entry that takes focus (`name`). */
  focusField: keyof Item & string
  newItem: () => Item
  /** Given, the entries are list items in a `<ul>` of this class; else each stands in the section. */
  listClassName?: string
  onChange: (items: Item[]) => void
  onBlur: (field: string) => void
  children: (entry: ListEntry<Item>) => ReactNode
}) {
  const { path, items, onChange } = props
  const words = WORDS[path](useMessages())
  const { messageFor, idFor } = useFormErrors()
  // An added entry's first field takes focus; a removed entry's place goes to Add, so focus is not lost with it.
  const focusLater = useFocusLater()
  const addButton = useRef<HTMLButtonElement>(null)
  const entryAt = (item: Item, index: number): ListEntry<Item> => {
    const at = `${path}.${index}`
    const set = (change: Partial<Item>) =>
      onChange(items.map((each, other) => (other === index ? { ...item, ...change } : each)))
    const blur = () => props.onBlur(at)
    return {
      item,
      index,
      path: at,
      set,
      remove: () => {
        onChange(items.filter((_, other) => other !== index))
        focusLater(() => addButton.current)
      },
      blur,
      textField: (key) => ({
        path: `${at}.${key}`,
        value: item[key] as string,
        onChange: (event) => set({ [key]: event.target.value } as Partial<Item>),
        onBlur: blur,
      }),
    }
  }
  const entries = items.map((item, index) => (
    <Fragment key={props.keyOf(item, index)}>{props.children(entryAt(item, index))}</Fragment>
  ))
  const heading = `settings-${path}`
  return (
    <section className="settings-section" aria-labelledby={heading}>
      <h2 id={heading}>{words.title}</h2>
      <p className="section-hint">{words.hint}</p>
      {items.length === 0 ? <p className="muted">{words.empty}</p> : null}
      {props.listClassName ? <ul className={props.listClassName}>{entries}</ul> : entries}
      <FieldError id={`${idFor(path)}-error`} message={messageFor(path)} />
      <button
        ref={addButton}
        type="button"
        className="button add-button"
        onClick={() => {
          onChange([...items, props.newItem()])
          focusLater(() =>
            document.getElementById(idFor(`${path}.${items.length}.${props.focusField}`)),
          )
        }}
      >
        {words.add}
      </button>
    </section>
  )
}
