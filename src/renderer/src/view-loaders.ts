/** Each view's code is a chunk of its own, so a window downloads only the view it shows. */
import type { ComponentType } from 'react'
import type { ViewName } from '../../shared/ipc-contract'

const LOADERS: Record<ViewName, () => Promise<ComponentType>> = {
  popover: () => import('./views/popover/popover-view').then((module) => module.PopoverView),
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
