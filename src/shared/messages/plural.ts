/** Counted words through Intl: the plural form a language uses for a number, with the number written its way. */

/** The forms of a counted phrase; `#` stands for the number. Forms a language does not use may be left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rules = new Map<string, Intl.PluralRules>()
const numbers = new Map<string, Intl.NumberFormat>()

/** A whole number as `locale` writes it, e.g. 1,234 or 1.234. */
export function formatNumber(locale: string, value: number): string {
  let format = numbers.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    numbers.set(locale, format)
  }
  return format.format(value)
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
