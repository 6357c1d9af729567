/** Renders a prepared view into its window, with its words and its first state; StrictMode in development only. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { SundownApi } from '../../shared/ipc-contract'
import { AppShell } from './app-shell'
import { MessagesProvider, applyViewWords } from './i18n/messages-context'
import { InitialTodayContext } from './initial-today'
import type { PreparedView } from './prepare-view'

/** The element tree of a prepared view: words, first state, error boundary. */
export function PreparedViewRoot({ prepared, api }: { prepared: PreparedView; api: SundownApi }) {
  return (
    <MessagesProvider view={prepared.view} initial={prepared.words} api={api}>
      <InitialTodayContext.Provider value={prepared.today}>
        <AppShell View={prepared.View} />
      </InitialTodayContext.Provider>
    </MessagesProvider>
  )
}

/** Readies the page for the first render: the view's words, locale and hour cycle. */
export function applyPreparedView(prepared: PreparedView): void {
  applyViewWords(prepared.view, prepared.words)
}

/** Applies the prepared view to the page and renders it into `container`. */
export function renderView(container: HTMLElement, prepared: PreparedView, api: SundownApi): void {
  applyPreparedView(prepared)
  const root = <PreparedViewRoot prepared={prepared} api={api} />
  // StrictMode's double renders and effects find impure components while developing; a build has none of it.
  createRoot(container).render(import.meta.env.DEV ? <StrictMode>{root}</StrictMode> : root)
}
