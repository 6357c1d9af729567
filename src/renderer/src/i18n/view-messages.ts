/** The messages a window loads: only its view's areas, in the language main says the user reads. */
import type { TodayState, ViewName } from '../../../shared/ipc-contract'
import { loadMessages, type Area, type Language, type Messages } from '../../../shared/messages'
import { VIEW_AREAS } from '../../../shared/messages/view-areas'

const ALL_AREAS: readonly Area[] = [
  'common',
  'popover',
  'ritual',
  'month',
  'settings',
  'problems',
  'main',
]

/** A view's words: the language, the locale for Intl, and the messages (its areas loaded). */
export interface ViewWords {
  language: Language
  locale: string | undefined
  messages: Messages
}

/** The language and locale a state asks for; English in the runtime's locale when it names none. */
export const languageOfToday = (today: Pick<TodayState, 'language' | 'locale'> | null) => ({
  language: today?.language ?? 'en',
  locale: today?.locale,
})

/**
 * Messages with only `loaded` present: reaching an area the view did not load throws at once,
 * naming it, instead of showing "undefined".
 */
export function withAreas(loaded: Partial<Messages>): Messages {
  const messages = {} as Record<Area, unknown>
  for (const area of ALL_AREAS) {
    Object.defineProperty(messages, area, {
      enumerable: true,
      get: () => {
        if (loaded[area] === undefined)
          throw new Error(`The "${area}" messages are not loaded here.`)
        return loaded[area]
      },
    })
  }
  return messages as Messages
}

/** Loads `view`'s areas in `language`, falling back to English if that language's chunks fail. */
export async function loadViewMessages(view: ViewName, language: Language): Promise<Messages> {
  const areas = VIEW_AREAS[view]
  const loaded = await loadMessages(language, areas).catch(() => loadMessages('en', areas))
  return withAreas(loaded)
}

/** The words a window starts with: today's language from main (English when it could not say), then its chunks. */
export async function loadViewWords(
  view: ViewName,
  today: Pick<TodayState, 'language' | 'locale'> | null,
): Promise<ViewWords> {
  const { language, locale } = languageOfToday(today)
  return { language, locale, messages: await loadViewMessages(view, language) }
}
