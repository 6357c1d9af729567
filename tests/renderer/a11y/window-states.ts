// Every window's states, by view, and the one way the accessibility tests open a state.
import type { ViewName } from '../../../src/shared/ipc-contract'
import { openAs, type Scheme } from './axe'
import { MONTH_STATES } from './month-states'
import { POPOVER_STATES } from './popover-states'
import { RITUAL_STATES } from './ritual-states'
import { SETTINGS_STATES } from './settings-states'

/** A window's states by name; each resolves, with what the test needs, once the state is on screen. */
export type States<Opened> = Record<string, () => Promise<Opened>>

/** Each window as the suites name it, with all its states. */
export const WINDOWS: { view: ViewName; title: string; states: States<unknown> }[] = [
  { view: 'popover', title: 'the popover', states: POPOVER_STATES },
  { view: 'ritual', title: 'the ritual', states: RITUAL_STATES },
  { view: 'month', title: 'the month window', states: MONTH_STATES },
  { view: 'settings', title: 'the settings window', states: SETTINGS_STATES },
]

/** Opens `view` in `state` (in the light scheme unless told) and answers what the state gave. */
export async function openState<Opened>(
  view: ViewName,
  states: States<Opened>,
  state: string,
  scheme: Scheme = 'light',
): Promise<Opened> {
  await openAs(view, scheme)
  const opened = await states[state]?.()
  if (!opened) throw new Error(`no state ${state}`)
  return opened
}
