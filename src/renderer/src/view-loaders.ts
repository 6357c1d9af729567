/** Each view is a chunk of its own, loaded by a plain dynamic import when its window asks for it. */
import type { ComponentType } from 'react'
import type { ViewName } from '../../shared/ipc-contract'

const LOADERS: Record<ViewName, () => Promise<ComponentType>> = {
  popover: () => import('./views/popover/popover-view').then((module) => module.PopoverView),
  ritual: () => import('./views/ritual/ritual-view').then((module) => module.RitualView),
  month: () => import('./views/month/month-view').then((module) => module.MonthView),
  settings: () => import('./views/settings/settings-view').then((module) => module.SettingsView),
}

/**
 * The view's component, loaded before the first render, side by side with today's state: the
 * first render then shows the view with its data, with no Suspense fallback to paint in between.
 */
export function loadView(view: ViewName): Promise<ComponentType> {
  return LOADERS[view]()
}
