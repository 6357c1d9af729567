/** The settings form: a sidebar of sections, one panel each over one draft, and a save bar below that never sends invalid settings. */
import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react'
import type { FieldError, Settings } from '../../../../core'
import { DataSection } from './data-section'
import { DevicesSection } from './devices-section'
import { FormErrorsProvider, fieldId, isShownField, messagesByField } from './form-errors'
import { OverridesEditor } from './overrides-editor'
import { RemindersSection } from './reminders-section'
import { RitualStepsEditor } from './ritual-steps-editor'
import { SeasonsEditor } from './seasons-editor'
import { LanguageField } from './language-field'
import { SaveBar } from './save-bar'
import { CheckboxField } from './settings-fields'
import { ShortcutField } from './shortcut-field'
import { errorCountsBySection, problemToShow, type SectionId } from './settings-sections'
import { SettingsSidebar, panelIdOf, tabIdOf } from './settings-sidebar'
import { useFocusLater } from './use-focus-later'
import { useSettingsForm } from './use-settings-form'
import { WeeklyEditor } from './weekly-editor'
import { useMessages } from '../../i18n/messages-context'

/** A short random id; getRandomValues works in every renderer context, secure or not. */
function newId(prefix: string): string {
  const bytes = [...crypto.getRandomValues(new Uint8Array(4))]
  return `${prefix}-${bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

/** The form for loaded settings; `onImported` reloads them after an import replaced them. */
export function SettingsForm(props: {
  initial: Settings
  today: string
  idleUnavailable: boolean
  /** Main's clock minus the window's, so "last seen" reads against main's now. */
  clockOffsetMs: number
  onImported: () => Promise<void>
}) {
  const m = useMessages()
  const formId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useSettingsForm(props.initial)
  const { draft, update, touch } = form
  const byField = useMemo(() => messagesByField(form.shownErrors, m), [form.shownErrors, m])
  const errors = useMemo(
    () => ({
      messageFor: (field: string) => byField.get(field),
      idFor: (field: string) => fieldId(formId, field),
    }),
    [byField, formId],
  )
  const loose = [...byField].filter(([field]) => !isShownField(field))
  const errorCounts = useMemo(() => errorCountsBySection(byField.keys()), [byField])
  const [section, setSection] = useState<SectionId>('schedule')
  const paneRef = useRef<HTMLDivElement>(null)
  const focusLater = useFocusLater()
  const set = useCallback(
    <Key extends keyof Settings>(key: Key, value: Settings[Key]) =>
      update((current) => ({ ...current, [key]: value })),
    [update],
  )

  const selectSection = (section: SectionId) => {
    setSection(section)
    // A section opens at its top, not where a longer one was scrolled to.
    if (paneRef.current) paneRef.current.scrollTop = 0
  }

  /** Opens the section holding the problem the user should see first, and puts focus on its field. */
  const showFirst = (problems: FieldError[]) => {
    const shown = problemToShow(problems, section)
    if (!shown) return
    setSection(shown.section)
    const id = CSS.escape(fieldId(formId, shown.problem.field))
    // After the render that shows the section and the error lines, so the reader announces them.
    focusLater(() => formRef.current?.querySelector<HTMLElement>(`#${id}`))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = await form.submit()
    if (problems.length > 0) showFirst(problems)
  }

  const panel = (id: SectionId, children: ReactNode) => (
    <div
      key={id}
      role="tabpanel"
      id={panelIdOf(formId, id)}
      aria-labelledby={tabIdOf(formId, id)}
      className="settings-panel"
      hidden={id !== section}
    >
      {children}
    </div>
  )

  return (
    <FormErrorsProvider value={errors}>
      <form ref={formRef} className="settings-form" onSubmit={submit} noValidate>
        <div className="settings-sidebar">
          <h1>{m.settings.title}</h1>
          <SettingsSidebar
            formId={formId}
            selected={section}
            errorCounts={errorCounts}
            onSelect={selectSection}
          />
        </div>

        <div ref={paneRef} className="settings-pane">
          {loose.length > 0 ? (
            <div className="loose-errors" role="alert">
              <p>{m.settings.otherErrors}</p>
              <ul>
                {loose.map(([field, message]) => (
                  <li key={field}>
                    <code>{field}</code>: {message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {panel(
            'schedule',
            <section className="settings-section" aria-labelledby="settings-weekly">
              <h2 id="settings-weekly">{m.settings.weeklyTitle}</h2>
              <p className="section-hint">{m.settings.weeklyHint}</p>
              <WeeklyEditor
                path="weekly"
                weekly={draft.weekly}
                onChange={(weekly) => set('weekly', weekly)}
                onBlur={touch}
              />
            </section>,
          )}
          {panel(
            'seasons',
            <>
              <SeasonsEditor
                settings={draft}
                today={props.today}
                newId={() => newId('season')}
                onChange={(seasons) => set('seasons', seasons)}
                onBlur={touch}
              />
              <OverridesEditor
                settings={draft}
                today={props.today}
                onChange={(overrides) => set('overrides', overrides)}
                onBlur={touch}
              />
            </>,
          )}
          {panel(
            'reminders',
            <RemindersSection
              settings={draft}
              idleUnavailable={props.idleUnavailable}
              onChange={(key, value) => set(key, value)}
              onBlur={touch}
            />,
          )}
          {panel(
            'ritual',
            <RitualStepsEditor
              steps={draft.ritualSteps}
              newId={() => newId('step')}
              onChange={(steps) => set('ritualSteps', steps)}
              onBlur={touch}
            />,
          )}
          {panel(
            'general',
            <section className="settings-section" aria-labelledby="settings-general">
              <h2 id="settings-general">{m.settings.generalTitle}</h2>
              <CheckboxField
                path="launchAtLogin"
                label={m.settings.launchAtLogin}
                checked={draft.launchAtLogin}
                onChange={(launchAtLogin) => set('launchAtLogin', launchAtLogin)}
              />
              <LanguageField
                value={draft.language}
                onChange={(language) => set('language', language)}
                onBlur={() => touch('language')}
              />
              <ShortcutField
                value={draft.shortcut}
                onChange={(shortcut) => set('shortcut', shortcut)}
                onBlur={() => touch('shortcut')}
              />
            </section>,
          )}
          {panel('devices', <DevicesSection clockOffsetMs={props.clockOffsetMs} />)}
          {panel('data', <DataSection onImported={props.onImported} />)}
        </div>

        <SaveBar save={form.save} dirty={form.dirty} onDiscard={form.discard} />
      </form>
    </FormErrorsProvider>
  )
}
