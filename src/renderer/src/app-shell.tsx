/** The one bundle's shell: loads only the code of this window's view, then renders it inside an error boundary. */
import type { ComponentType } from 'react'
import type { ViewName } from '../../shared/ipc-contract'
import { ViewErrorBoundary } from './view-error-boundary'
import { PopoverView } from './views/popover/popover-view'

// The popover, opened many times a day, ships in the entry chunk so its first paint waits on one
// file; every other view is its own chunk, so the popover never downloads the chart or the form.
const LOADERS: Record<ViewName, () => Promise<ComponentType>> = {
  popover: () => Promise.resolve(PopoverView),
  ritual: () => import('./views/ritual/ritual-view').then((module) => module.RitualView),
  month: () => import('./views/month/month-view').then((module) => module.MonthView),
  settings: () => import('./views/settings/settings-view').then((module) => module.SettingsView),
}

/**
 * The view's component, loaded before the first render: React.lazy with Suspense would hold the
 * resolved view back for its fallback throttle (about 300 ms), far longer than the local chunk takes.
 */
export function loadView(view: ViewName): Promise<ComponentType> {
  return LOADERS[view]()
}

/** Renders a loaded view inside an error boundary. */
export function AppShell({ View }: { View: ComponentType }) {
  return (
    <ViewErrorBoundary>
      <View />
    </ViewErrorBoundary>
  )
}
