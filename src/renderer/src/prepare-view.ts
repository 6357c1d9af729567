/** What a window needs before its first render, fetched side by side so none waits on another. */
import type { ComponentType } from 'react'
import type { SundownApi, TodayState, ViewName } from '../../shared/ipc-contract'
import { loadViewWords, type ViewWords } from './i18n/view-messages'
import { valueOf } from './ipc-value'
import { loadView } from './view-loaders'

/** A view ready to render: its component, its words and today's state (null when main could not say). */
export interface PreparedView {
  view: ViewName
  View: ComponentType
  words: ViewWords
  today: TodayState | null
}

/**
 * Loads the view's chunk while asking main for today; the words follow today's language. The
 * first render then shows data at once, so a window is usable the moment it paints.
 */
export async function prepareView(view: ViewName, api: SundownApi): Promise<PreparedView> {
  const today = api.getToday().then(valueOf, () => null)
  const words = today.then((state) => loadViewWords(view, state))
  const [View, initialWords, initialToday] = await Promise.all([loadView(view), words, today])
  return { view, View, words: initialWords, today: initialToday }
}
