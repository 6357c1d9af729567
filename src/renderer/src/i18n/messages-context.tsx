/** The words of this window, in the user's language, for every component through `useMessages()`. */
import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react'
import type { SundownApi, ViewName } from '../../../shared/ipc-contract'
import type { Messages } from '../../../shared/messages'
import { setFormatLocale } from '../format/cached-format'
import { languageOfToday, loadViewMessages, type ViewWords } from './view-messages'

const MessagesContext = createContext<ViewWords | null>(null)

let fallback: Messages | null = null

/** The messages a component reads when rendered outside a provider: only tests do that. */
export function setFallbackMessages(messages: Messages | null): void {
  fallback = messages
}

/** This window's messages. */
export function useMessages(): Messages {
  const words = useContext(MessagesContext)
  if (words) return words.messages
  if (fallback) return fallback
  throw new Error('useMessages() needs a MessagesProvider around the view.')
}

/** Applies a view's words to the page: Intl's locale and hour cycle, the document's language and its title. */
export function applyViewWords(view: ViewName, words: ViewWords): void {
  setFormatLocale(words.locale, words.hourCycle)
  document.documentElement.lang = words.locale ?? words.language
  document.title = words.messages.common.viewTitles[view]
}

/**
 * Provides `initial` and follows main's pushes: when the user picks another language in
 * Settings, every open window loads its areas in that language and re-renders.
 */
export function MessagesProvider(props: {
  view: ViewName
  initial: ViewWords
  api: Pick<SundownApi, 'onTodayChanged'>
  children: ReactNode
}) {
  const { view, api } = props
  const [words, setWords] = useState(props.initial)

  useLayoutEffect(() => applyViewWords(view, words), [view, words])

  useEffect(() => {
    let live = true
    // Subscribes once per window: `wanted` follows the language from the first words on.
    const keyOf = (words: Omit<ViewWords, 'messages'>) =>
      `${words.language}|${words.locale ?? ''}|${words.hourCycle ?? ''}`
    let wanted = keyOf(props.initial)
    const unsubscribe = api.onTodayChanged((today) => {
      const next = languageOfToday(today)
      const key = keyOf(next)
      if (key === wanted) return
      wanted = key
      void loadViewMessages(view, next.language).then((messages) => {
        if (!live || wanted !== key) return
        // Formatting follows at once, so nothing renders the new words with the old locale or clock.
        setFormatLocale(next.locale, next.hourCycle)
        setWords({ ...next, messages })
      })
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [api, view, props.initial])

  return <MessagesContext.Provider value={words}>{props.children}</MessagesContext.Provider>
}
