/** The messages a window loads: only its view's areas, in the language main says the user reads. */
import type { HourCycle } from '../../../shared/format/hour-cycle'
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

/** A view's words: the language, the locale and hour cycle for Intl, and the messages (its areas loaded). */
export interface ViewWords {
  language: Language
  locale: string | undefined
  hourCycle?: HourCycle | undefined
  messages: Messages
}

/** What of today's state the words follow. */
type WordsOfToday = Pick<TodayState, 'language' | 'locale' | 'hourCycle'>

/** The language, locale and hour cycle a state asks for; English in the runtime's locale when it names none. */
export const languageOfToday = (today: WordsOfToday | null) => ({
  language: today?.language ?? 'en',
  locale: today?.locale,
  hourCycle: today?.hourCycle,
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
  today: WordsOfToday | null,
): Promise<ViewWords> {
  const { language, locale, hourCycle } = languageOfToday(today)
  return { language, locale, hourCycle, messages: await loadViewMessages(view, language) }
}
