/** The messages a window loads: only its view's areas, in the language main says the user reads. */
import type { SundownApi, TodayState, ViewName } from '../../../shared/ipc-contract'
import {
  loadMessages,
  type Area,
  type Language,
  type Messages,
  type WindowArea,
} from '../../../shared/messages'

/** The areas each view shows; the popover's stay-late form appears in the ritual too. */
export const VIEW_AREAS: Readonly<Record<ViewName, readonly WindowArea[]>> = {
  popover: ['common', 'popover'],
  ritual: ['common', 'ritual', 'popover'],
  month: ['common', 'month'],
  settings: ['common', 'settings', 'problems'],
}

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

/** The words a window starts with: today's language from main (English if it cannot say), then its chunks. */
export async function loadViewWords(view: ViewName, api: SundownApi): Promise<ViewWords> {
  const today = await api.getToday().catch(() => null)
  const { language, locale } = languageOfToday(today)
  return { language, locale, messages: await loadViewMessages(view, language) }
}
