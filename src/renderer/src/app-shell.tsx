/** The one bundle's shell: picks the view for this window and loads only that view's code. */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react'
import type { ViewName } from '../../shared/ipc-contract'
import { ViewErrorBoundary } from './view-error-boundary'

// Each view is its own chunk: the popover never downloads the month chart or the settings form.
const VIEWS: Record<ViewName, LazyExoticComponent<ComponentType>> = {
  popover: lazy(() =>
    import('./views/popover/popover-view').then((module) => ({ default: module.PopoverView })),
  ),
  ritual: lazy(() =>
    import('./views/ritual/ritual-view').then((module) => ({ default: module.RitualView })),
  ),
  month: lazy(() =>
    import('./views/month/month-view').then((module) => ({ default: module.MonthView })),
  ),
  settings: lazy(() =>
    import('./views/settings/settings-view').then((module) => ({ default: module.SettingsView })),
  ),
}

/** Renders `view`, lazily, inside an error boundary; nothing shows while its chunk loads (it is local and quick). */
export function AppShell({ view }: { view: ViewName }) {
  const View = VIEWS[view]
  return (
    <ViewErrorBoundary>
      <Suspense fallback={null}>
        <View />
      </Suspense>
    </ViewErrorBoundary>
  )
}
