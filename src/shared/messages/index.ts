/** Which language to speak, and loading a language's messages for a window: only the areas asked for, each its own chunk. */
import type { Area, Language, Messages } from './types'

export type { Area, Language, Localization, Messages } from './types'

/** The languages Sundown speaks, English first. */
export const LANGUAGES: readonly Language[] = ['en', 'de', 'es', 'fr']

const languageOf = (tag: string): Language | null => {
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  return LANGUAGES.find((language) => language === primary) ?? null
}

const isLocale = (tag: string): boolean => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

/**
 * The language for the `language` setting: a code such as `de` or `de-AT` when Sundown speaks it,
 * otherwise (and for `system`) the first of the system's preferred languages it speaks, else English.
 */
export function resolveLanguage(setting: string, osLocales: readonly string[]): Language {
  return (
    languageOf(setting) ?? osLocales.map(languageOf).find((language) => language !== null) ?? 'en'
  )
}

/**
 * The locale `language` writes dates, times and numbers in: the first of `candidates` in that
 * language that names a region (so `en-GB` keeps its 24-hour clock), else the first in that
 * language, else the bare language.
 */
export function localeFor(language: Language, candidates: readonly string[]): string {
  const tags = candidates.map((tag) => tag.replace('_', '-'))
  return (
    tags.find((tag) => languageOf(tag) === language && tag.includes('-') && isLocale(tag)) ??
    tags.find((tag) => languageOf(tag) === language && isLocale(tag)) ??
    language
  )
}

/** The locale for the `language` setting on a system preferring `osLocales`: a region the setting names (`de-AT`) first. */
export function resolveLocale(setting: string, osLocales: readonly string[]): string {
  return localeFor(resolveLanguage(setting, osLocales), [setting, ...osLocales])
}

/** The areas a window shows: the main process's words never reach one. */
export type WindowArea = Exclude<Area, 'main'>

type AreaLoaders = { [A in WindowArea]: () => Promise<Messages[A]> }

/** Each area of each language is its own module, so the bundler makes each a chunk of its own. */
const LOADERS: Readonly<Record<Language, AreaLoaders>> = {
  en: {
    common: () => import('./en/common').then((module) => module.common),
    popover: () => import('./en/popover').then((module) => module.popover),
    ritual: () => import('./en/ritual').then((module) => module.ritual),
    month: () => import('./en/month').then((module) => module.month),
    settings: () => import('./en/settings').then((module) => module.settings),
    problems: () => import('./en/problems').then((module) => module.problems),
  },
  de: {
    common: () => import('./de/common').then((module) => module.common),
    popover: () => import('./de/popover').then((module) => module.popover),
    ritual: () => import('./de/ritual').then((module) => module.ritual),
    month: () => import('./de/month').then((module) => module.month),
    settings: () => import('./de/settings').then((module) => module.settings),
    problems: () => import('./de/problems').then((module) => module.problems),
  },
  es: {
    common: () => import('./es/common').then((module) => module.common),
    popover: () => import('./es/popover').then((module) => module.popover),
    ritual: () => import('./es/ritual').then((module) => module.ritual),
    month: () => import('./es/month').then((module) => module.month),
    settings: () => import('./es/settings').then((module) => module.settings),
    problems: () => import('./es/problems').then((module) => module.problems),
  },
  fr: {
    common: () => import('./fr/common').then((module) => module.common),
    popover: () => import('./fr/popover').then((module) => module.popover),
    ritual: () => import('./fr/ritual').then((module) => module.ritual),
    month: () => import('./fr/month').then((module) => module.month),
    settings: () => import('./fr/settings').then((module) => module.settings),
    problems: () => import('./fr/problems').then((module) => module.problems),
  },
}

/** The messages of `language` for `areas`, each area loaded on demand from its own chunk. */
export async function loadMessages<A extends WindowArea>(
  language: Language,
  areas: readonly A[],
): Promise<Pick<Messages, A>> {
  const loaded = await Promise.all(areas.map((area) => LOADERS[language][area]()))
  const entries = areas.map((area, index) => [area, loaded[index]] as const)
  return Object.fromEntries(entries) as unknown as Pick<Messages, A>
}
