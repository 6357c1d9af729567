/** Which message areas each window loads: the renderer fetches these chunks, and the bench weighs them. */
import type { ViewName } from '../ipc-contract'
import type { WindowArea } from './index'

/** The areas each view shows; the popover's stay-late form appears in the ritual too. */
export const VIEW_AREAS: Readonly<Record<ViewName, readonly WindowArea[]>> = {
  popover: ['common', 'popover'],
  ritual: ['common', 'ritual', 'popover'],
  month: ['common', 'month'],
  settings: ['common', 'settings', 'problems'],
}
