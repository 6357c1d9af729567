/** The language the main process speaks: chosen from the settings and the system's preferred languages. */
import { localeFor, resolveLanguage, type Localization } from '../shared/messages'
import { MESSAGES } from '../shared/messages/all'

/**
 * The localization for the `language` setting (`system`, or a code such as `fr`) on a system
 * preferring `osLocales`. Dates and times keep the app's own locale (`appLocale`, the region the
 * system formats in) whenever it is in the chosen language.
 */
export function localizationFor(
  setting: string,
  osLocales: readonly string[],
  appLocale: string,
): Localization {
  const language = resolveLanguage(setting, [...osLocales, appLocale])
  const locale = localeFor(language, [setting, appLocale, ...osLocales])
  return { language, locale, messages: MESSAGES[language] }
}

/** The language the app speaks as it is now, re-chosen when the settings are saved. */
export interface Language {
  current(): Localization
  /** Chooses again from the language setting and the system's preferred languages. */
  refresh(): void
}

/** The language for `setting()` on a system preferring `osLocales()`, chosen now and at each `refresh`. */
export function createLanguage(
  setting: () => string,
  osLocales: () => readonly string[],
  appLocale: string,
): Language {
  const choose = () => localizationFor(setting(), osLocales(), appLocale)
  let localization = choose()
  return {
    current: () => localization,
    refresh: () => void (localization = choose()),
  }
}
