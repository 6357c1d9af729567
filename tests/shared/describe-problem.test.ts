// Every settings problem is worded in every language, and the form's validator and the words agree.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, validateSettings, type SettingsProblem } from '../../src/core'
import type { Language, Messages } from '../../src/shared/messages'
import { MESSAGES } from '../../src/shared/messages/all'
import { describeProblem } from '../../src/shared/messages/describe-problem'

const SAMPLES: SettingsProblem[] = [
  { code: 'time', input: '"25:99"' },
  { code: 'date', input: '"2026-02-30"' },
  { code: 'unknown-key', of: 'weekday', key: '"funday"', known: ['mon', 'tue'] },
  { code: 'unknown-key', of: 'field', key: '"colour"', known: ['workday', 'end'] },
  { code: 'not-an-object', received: '"text"' },
  ...(['minutes', 'reminders', 'hour'] as const).flatMap((unit): SettingsProblem[] => [
    { code: 'not-a-number', unit },
    { code: 'not-whole', unit },
    { code: 'negative', unit },
    { code: 'too-small', unit, min: 1 },
    { code: 'too-large', unit, max: 12 },
  ]),
  ...(['seasonName', 'intention', 'note', 'stepTitle', 'shortcut'] as const).flatMap(
    (field): SettingsProblem[] => [
      { code: 'not-text', field },
      { code: 'too-long', field, max: 80 },
    ],
  ),
  { code: 'empty', field: 'seasonName' },
  { code: 'empty', field: 'stepTitle' },
  { code: 'not-yes-or-no', field: 'workday' },
  { code: 'not-yes-or-no', field: 'off' },
  { code: 'missing-id' },
  { code: 'season-backwards', from: '2026-12-01', to: '2026-11-01' },
  { code: 'override-needs-end' },
  { code: 'unknown-step-kind' },
  { code: 'unknown-version' },
  { code: 'too-many', list: 'seasons', max: 200 },
  { code: 'too-many', list: 'overrides', max: 2000 },
  { code: 'too-many', list: 'ritualSteps', max: 12 },
  { code: 'unknown-language' },
  { code: 'start-before-rollover', hour: 4 },
  { code: 'end-before-start', start: '18:00', hour: 4 },
  { code: 'season-overlap', other: 'Launch' },
  { code: 'override-duplicate', date: '2026-12-24' },
  { code: 'invalid' },
]

describe('describeProblem', () => {
  it.each(Object.entries(MESSAGES) as [Language, Messages][])(
    'words every problem in %s',
    (_, m) => {
      const texts = SAMPLES.map((problem) => describeProblem(problem, m))
      expect(texts.filter((text) => text.trim() === '' || /undefined|\[object/.test(text))).toEqual(
        [],
      )
      expect(new Set(texts).size).toBeGreaterThan(SAMPLES.length / 2)
    },
  )

  it('says what was typed, in English as before', () => {
    const weekly = { ...DEFAULT_SETTINGS.weekly, mon: { workday: true, end: '25:99' } }
    const result = validateSettings({ ...DEFAULT_SETTINGS, weekly })
    if (result.ok) throw new Error('25:99 is no time')
    expect(describeProblem(result.errors[0]!.problem, MESSAGES.en)).toBe(
      'Use a time like 17:30 (00:00–23:59), not "25:99".',
    )
    expect(describeProblem(result.errors[0]!.problem, MESSAGES.de)).toContain('"25:99"')
  })
})
