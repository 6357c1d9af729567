/** Counted words through Intl: the plural form a language uses for a number, with the number written its way. */
import { numberFormatFor } from '../intl-formats'

/** The forms of a counted phrase; `#` stands for the number. Forms a language does not use may be left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rules = new Map<string, Intl.PluralRules>()

/** A whole number as `locale` writes it, e.g. 1,234 or 1.234. */
export function formatNumber(locale: string, value: number): string {
  // Every language Sundown speaks writes 0–999 in ASCII digits without grouping (a test holds
  // each to Intl), and the first Intl number or date formatter of a page costs 15–35 ms of ICU
  // start-up: the minutes and scores of a window's first render need none.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value)
  return numberFormatFor(locale, { maximumFractionDigits: 0 }).format(value)
}

/**
 * The form of `forms` that `locale` uses for `count`, with `#` replaced by the count as the locale
 * writes it: plural('en', 2, { one: '# day', other: '# days' }) is "2 days"; French takes "one" for 0.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale)
  if (!rule) {
    rule = new Intl.PluralRules(locale)
    rules.set(locale, rule)
  }
  const form = forms[rule.select(count)] ?? forms.other
  return form.replaceAll('#', formatNumber(locale, count))
}
