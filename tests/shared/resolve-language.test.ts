// Which language Sundown speaks: the setting when it names a language Sundown has, else the system's first one it has, else English.
import { describe, expect, it } from 'vitest'
import { localeFor, resolveLanguage, resolveLocale } from '../../src/shared/messages'

describe('resolveLanguage', () => {
  it.each([
    ['system', ['de-DE', 'en-US'], 'de'],
    ['system', ['it-IT', 'fr-CA', 'en-GB'], 'fr'],
    ['system', ['ja-JP'], 'en'],
    ['system', [], 'en'],
    ['system', ['es_ES'], 'es'],
    ['fr', ['de-DE'], 'fr'],
    ['de-AT', ['en-US'], 'de'],
    ['en', ['de-DE'], 'en'],
    ['it', ['es-MX'], 'es'],
    ['it', ['ja-JP'], 'en'],
  ] as const)('%s on a system preferring %j speaks %s', (setting, system, language) => {
    expect(resolveLanguage(setting, system)).toBe(language)
  })
})

describe('resolveLocale and localeFor', () => {
  it('keeps the system’s region for its language, so en-GB keeps its 24-hour clock', () => {
    expect(resolveLocale('system', ['en-GB'])).toBe('en-GB')
    expect(resolveLocale('en', ['de-DE', 'en-GB'])).toBe('en-GB')
  })

  it('takes a region from the setting, and the bare language when the system has none for it', () => {
    expect(resolveLocale('de-AT', ['de-DE'])).toBe('de-AT')
    expect(resolveLocale('fr', ['en-US'])).toBe('fr')
    expect(resolveLocale('system', ['ja-JP'])).toBe('en')
  })

  it('prefers a regional candidate in the language, whatever its place', () => {
    expect(localeFor('en', ['system', 'en', 'de-DE', 'en-GB'])).toBe('en-GB')
    expect(localeFor('fr', ['fr', 'en-GB'])).toBe('fr')
  })
})
