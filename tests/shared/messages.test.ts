// Every language is complete: the keys of English, no empty words, every parameter placed, plurals right for 0, 1 and 2.
import { describe, expect, it } from 'vitest'
import type { Language, Messages } from '../../src/shared/messages'
import { MESSAGES } from '../../src/shared/messages/all'
import { en } from '../../src/shared/messages/en'
import { kindOf, leavesOf } from './message-leaves'

const TRANSLATIONS = (['de', 'es', 'fr'] as const).map(
  (language) => [language, MESSAGES[language]] as const,
)
const ALL = Object.entries(MESSAGES) as [Language, Messages][]

/** Named values that are counts; every other value is text already formatted by the caller. */
const NUMERIC = new Set([
  'alignment',
  'count',
  'energy',
  'hours',
  'imported',
  'judged',
  'max',
  'min',
  'minutes',
  'onTime',
  'position',
  'skipped',
  'step',
  'total',
  'value',
])

/** Calls a message function with a distinct sample per named value, and says which samples it was given. */
function call(fn: (values: never) => string): { text: string; samples: string[] } {
  const samples = new Map<string, string | number>()
  let next = 11
  const values = new Proxy(
    {},
    {
      get: (_, name) => {
        if (typeof name !== 'string') return undefined
        if (!samples.has(name)) samples.set(name, NUMERIC.has(name) ? next++ : `‹${name}›`)
        return samples.get(name)
      },
    },
  )
  return { text: fn(values as never), samples: [...samples.values()].map(String) }
}

describe('every language has exactly the keys of English', () => {
  const english = new Map(leavesOf(en).map((leaf) => [leaf.path, kindOf(leaf.value)]))

  it.each(TRANSLATIONS)('%s', (_, messages) => {
    const theirs = new Map(leavesOf(messages).map((leaf) => [leaf.path, kindOf(leaf.value)]))
    const missing = [...english.keys()].filter((path) => !theirs.has(path))
    const extra = [...theirs.keys()].filter((path) => !english.has(path))
    const reshaped = [...english].filter(
      ([path, kind]) => theirs.has(path) && theirs.get(path) !== kind,
    )
    expect({ missing, extra, reshaped }).toEqual({ missing: [], extra: [], reshaped: [] })
  })
})

describe('no language leaves a word empty', () => {
  it.each(ALL)('%s', (_, messages) => {
    const empty = leavesOf(messages).flatMap(({ path, value }) => {
      const texts = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
      return texts.some((text) => typeof text !== 'string' || text.trim() === '') ? [path] : []
    })
    expect(empty).toEqual([])
  })
})

describe('every message function gives text for sample values', () => {
  it.each(ALL)('%s: non-empty, and nothing undefined', (_, messages) => {
    const broken = leavesOf(messages).flatMap(({ path, value }) => {
      if (typeof value !== 'function') return []
      const { text } = call(value as (values: never) => string)
      return typeof text === 'string' && text.trim() !== '' && !/undefined|NaN|\[object/.test(text)
        ? []
        : [`${path}: ${String(text)}`]
    })
    expect(broken).toEqual([])
  })

  it.each(TRANSLATIONS)('%s places every value English places', (_, messages) => {
    const theirs = new Map(leavesOf(messages).map((leaf) => [leaf.path, leaf.value]))
    const dropped = leavesOf(en).flatMap(({ path, value }) => {
      if (typeof value !== 'function') return []
      const english = call(value as (values: never) => string)
      const translated = call(theirs.get(path) as (values: never) => string)
      const placed = english.samples.filter((sample) => english.text.includes(sample))
      const lost = placed.filter((sample) => !translated.text.includes(sample))
      return lost.length > 0
        ? [`${path}: ${lost.join(', ')} missing from "${translated.text}"`]
        : []
    })
    expect(dropped).toEqual([])
  })
})

describe('plurals follow each language for 0, 1 and 2', () => {
  const days = (m: Messages) => [0, 1, 2].map((count) => m.month.streakDays({ count }))
  const minutesLeft = (m: Messages) =>
    [1, 2].map((minutes) =>
      m.main.prompts.headsUpTitle({ minutes }).split(' ').slice(0, 2).join(' '),
    )
  const toFix = (m: Messages) => [0, 1, 2].map((count) => m.settings.fixErrors({ count }))

  it('English', () => {
    expect(days(en)).toEqual(['0 days', '1 day', '2 days'])
    expect(minutesLeft(en)).toEqual(['1 minute', '2 minutes'])
    expect(toFix(en).map((text) => text.split(' ').slice(0, 3).join(' '))).toEqual([
      '0 settings need',
      '1 setting needs',
      '2 settings need',
    ])
  })

  it('German', () => {
    expect(days(MESSAGES.de)).toEqual(['0 Tage', '1 Tag', '2 Tage'])
    expect(minutesLeft(MESSAGES.de)).toEqual(['Noch 1', 'Noch 2'])
    expect(MESSAGES.de.main.prompts.headsUpTitle({ minutes: 1 })).toMatch(/^Noch 1 Minute\b/)
    expect(MESSAGES.de.main.prompts.headsUpTitle({ minutes: 2 })).toMatch(/^Noch 2 Minuten\b/)
  })

  it('Spanish', () => {
    expect(days(MESSAGES.es)).toEqual(['0 días', '1 día', '2 días'])
    expect(MESSAGES.es.main.prompts.headsUpTitle({ minutes: 1 })).toMatch(/\b1 minuto\b/)
    expect(MESSAGES.es.main.prompts.headsUpTitle({ minutes: 2 })).toMatch(/\b2 minutos\b/)
  })

  it('French, where 0 takes the singular', () => {
    expect(days(MESSAGES.fr)).toEqual(['0 jour', '1 jour', '2 jours'])
    expect(MESSAGES.fr.main.prompts.headsUpTitle({ minutes: 1 })).toMatch(/\b1 minute\b/)
    expect(MESSAGES.fr.main.prompts.headsUpTitle({ minutes: 2 })).toMatch(/\b2 minutes\b/)
  })

  it('counts are written as each language writes numbers', () => {
    expect(en.settings.imported({ imported: 1234, skipped: 0 })).toContain('1,234')
    expect(MESSAGES.de.settings.imported({ imported: 1234, skipped: 0 })).toContain('1.234')
    expect(MESSAGES.fr.settings.imported({ imported: 1234, skipped: 0 })).toMatch(/1\s234/)
  })
})
