/** The popover ships in the entry; every other view is a chunk of its own, downloaded only by its window. */
import type { ComponentType } from 'react'
import type { ViewName } from '../../shared/ipc-contract'
import { PopoverView } from './views/popover/popover-view'

// With Preact the whole popover is a small entry: one file to parse beats several to fetch
// side by side (measured: about 25 ms sooner interactive from a cold load).
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
