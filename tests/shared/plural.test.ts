// Counts read as each language writes them, whether or not Intl is asked: small ones skip its start-up.
import { describe, expect, test } from 'vitest'
import { LANGUAGES } from '../../src/shared/messages'
import { formatNumber, plural } from '../../src/shared/messages/plural'

const intlWrites = (language: string, value: number) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value)

describe.each(LANGUAGES)('numbers in %s', (language) => {
  test('every count from 0 to 999 is written as Intl writes it', () => {
    const counts = Array.from({ length: 1000 }, (_, count) => count)
    const differing = counts.filter(
      (count) => formatNumber(language, count) !== intlWrites(language, count),
    )
    expect(differing).toEqual([])
  })

  test('larger, negative and fractional numbers are left to Intl', () => {
    for (const value of [1000, 12_345, 1_234_567, -3, 2.6]) {
      expect(formatNumber(language, value)).toBe(intlWrites(language, value))
    }
  })
})

test('a thousand is grouped the way each language groups it', () => {
  expect(formatNumber('en', 1234)).toBe('1,234')
  expect(formatNumber('de', 1234)).toBe('1.234')
  expect(plural('en', 1, { one: '# day', other: '# days' })).toBe('1 day')
  expect(plural('fr', 0, { one: '# jour', other: '# jours' })).toBe('0 jour')
})
