/** Which view this window shows, read from `?view=` (the main process loads every window with one). */
import type { ViewName } from '../../shared/ipc-contract'

const VIEW_NAMES: readonly ViewName[] = ['popover', 'ritual', 'month', 'settings']

/** The view a query string asks for; the popover when it names none or an unknown one. */
export function viewFromSearch(search: string): ViewName {
  const asked = new URLSearchParams(search).get('view')
  return VIEW_NAMES.find((name) => name === asked) ?? 'popover'
}
