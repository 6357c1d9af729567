/** Every language at once, for the main process, which may switch language at any settings save. */
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { Language, Messages } from './types'

/** Each language's messages. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { en, de, es, fr }
