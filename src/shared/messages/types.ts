/** The shape of a language's messages, taken from the English ones: every language must fill it exactly. */
import type { en } from './en'

/** The languages Sundown speaks. */
export type Language = 'en' | 'de' | 'es' | 'fr'

/** Strings widened to string, functions kept with their named values, lists kept at their length. */
export type Words<T> = T extends string
  ? string
  : T extends (values: infer Values) => string
    ? (values: Values) => string
    : T extends readonly string[]
      ? { readonly [Index in keyof T]: string }
      : { readonly [Key in keyof T]: Words<T[Key]> }

/** Every user-visible word of Sundown in one language, main and renderer, grouped by area. */
export type Messages = Words<typeof en>

/** One area of the messages: what a view or the main process loads. */
export type Area = keyof Messages

/** A language, the locale its dates, times and numbers are written in, and its messages. */
export interface Localization {
  language: Language
  locale: string
  messages: Messages
}
