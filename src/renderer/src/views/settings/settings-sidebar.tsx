/** The sidebar of sections: a vertical WAI-ARIA tab list (arrows, Home, End), each tab with a count of its errors. */
import { useRef, type KeyboardEvent } from 'react'
import { SECTION_IDS, type SectionId } from './settings-sections'
import { useMessages } from '../../i18n/messages-context'

/** Keys that move along the list, and where each moves from `at` among `count` tabs. */
const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
}

/** A DOM id for a section's tab and for its panel, unique within the form `formId`. */
export const tabIdOf = (formId: string, section: SectionId) => `${formId}-tab-${section}`
export const panelIdOf = (formId: string, section: SectionId) => `${formId}-panel-${section}`

/**
 * The tab list; selection follows focus (the panels are already drawn, so showing one is instant).
 * Only the selected tab is a Tab stop, so Tab goes from the list straight into the section.
 */
export function SettingsSidebar(props: {
  formId: string
  selected: SectionId
  errorCounts: ReadonlyMap<SectionId, number>
  onSelect: (section: SectionId) => void
}) {
  const m = useMessages()
  const tabs = useRef(new Map<SectionId, HTMLButtonElement>())

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    const move = MOVES[event.key]
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    const next = SECTION_IDS[move(at, SECTION_IDS.length)] ?? props.selected
    props.onSelect(next)
    tabs.current.get(next)?.focus()
  }

  return (
    <div
      className="settings-tabs"
      role="tablist"
      aria-orientation="vertical"
      aria-label={m.settings.sectionsLabel}
    >
      {SECTION_IDS.map((section, at) => {
        const selected = section === props.selected
        const errors = props.errorCounts.get(section) ?? 0
        return (
          <button
            key={section}
            ref={(element) => {
              if (element) tabs.current.set(section, element)
              else tabs.current.delete(section)
            }}
            type="button"
            role="tab"
            id={tabIdOf(props.formId, section)}
            className="settings-tab"
            aria-selected={selected}
            aria-controls={panelIdOf(props.formId, section)}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(section)}
            onKeyDown={(event) => onKeyDown(event, at)}
          >
            <span className="settings-tab-name">{m.settings.sections[section]}</span>
            {errors > 0 ? (
              <span className="settings-tab-errors">
                <span aria-hidden="true">{errors}</span>
                <span className="sr-only">{m.settings.sectionErrors({ count: errors })}</span>
              </span>
            ) : null}
          </button>
        )
      })}
    </div>
  )
}
