/** English words for what can be wrong with a setting, as the settings form and an import show them. */
import type { ListSetting, NumberUnit, TextField } from '../../../core'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('en', value)
const count = (value: number, one: string, other: string) => plural('en', value, { one, other })

/** Each settings problem in English; values arrive already formatted where they are times or dates. */
export const problems = {
  time: ({ input }: { input: string }) => `Use a time like 17:30 (00:00–23:59), not ${input}.`,
  date: ({ input }: { input: string }) => `Use a real date like 2026-11-24, not ${input}.`,
  unknownField: ({ key, known }: { key: string; known: string }) =>
    `Unknown field ${key} — use ${known}.`,
  unknownWeekday: ({ key, known }: { key: string; known: string }) =>
    `Unknown weekday ${key} — use ${known}.`,
  notAnObject: ({ received }: { received: string }) => `Expected an object here, not ${received}.`,
  notANumber: {
    minutes: 'Enter a number of minutes.',
    reminders: 'Enter a number of reminders.',
    hour: 'Enter an hour.',
  } satisfies Record<NumberUnit, string>,
  notWhole: {
    minutes: 'Use whole minutes.',
    reminders: 'Use a whole number of reminders.',
    hour: 'Use a whole hour.',
  } satisfies Record<NumberUnit, string>,
  negative: {
    minutes: 'Minutes cannot be negative.',
    reminders: 'Reminders cannot be negative.',
    hour: 'The rollover hour cannot be negative.',
  } satisfies Record<NumberUnit, string>,
  tooSmall: {
    minutes: ({ min }: { min: number }) => `Use at least ${count(min, '# minute', '# minutes')}.`,
    reminders: ({ min }: { min: number }) =>
      `Use at least ${count(min, '# reminder', '# reminders')}.`,
    hour: ({ min }: { min: number }) => `Use an hour of ${n(min)} or later.`,
  } satisfies Record<NumberUnit, (values: { min: number }) => string>,
  tooLarge: {
    minutes: ({ max }: { max: number }) => `Use at most ${count(max, '# minute', '# minutes')}.`,
    reminders: ({ max }: { max: number }) =>
      `Use at most ${count(max, '# reminder', '# reminders')}.`,
    hour: ({ max }: { max: number }) => `The day must roll over by ${n(max)}:00.`,
  } satisfies Record<NumberUnit, (values: { max: number }) => string>,
  notText: {
    seasonName: 'The season name must be text.',
    intention: 'The intention must be text.',
    note: 'The note must be text.',
    stepTitle: 'The step title must be text.',
    shortcut: 'The shortcut must be text.',
  } satisfies Record<TextField, string>,
  tooLong: {
    seasonName: ({ max }: { max: number }) =>
      `Keep the season name under ${count(max, '# character', '# characters')}.`,
    intention: ({ max }: { max: number }) =>
      `Keep the intention under ${count(max, '# character', '# characters')}.`,
    note: ({ max }: { max: number }) =>
      `Keep the note under ${count(max, '# character', '# characters')}.`,
    stepTitle: ({ max }: { max: number }) =>
      `Keep the step title under ${count(max, '# character', '# characters')}.`,
    shortcut: ({ max }: { max: number }) =>
      `Keep the shortcut under ${count(max, '# character', '# characters')}.`,
  } satisfies Record<TextField, (values: { max: number }) => string>,
  empty: {
    seasonName: 'Give the season a name.',
    stepTitle: 'Give the step a title.',
  },
  notYesOrNo: {
    workday: 'Say whether this is a workday (true or false).',
    off: 'Say whether the day is off (true or false).',
  },
  missingId: 'This entry needs an id.',
  seasonBackwards: ({ from, to }: { from: string; to: string }) =>
    `The season ends (${to}) before it starts (${from}).`,
  overrideNeedsEnd: 'A working day needs an end time.',
  unknownStepKind: 'Use a known step kind: review, open-loops, first-task, reflection or custom.',
  unknownVersion: 'Unknown settings version.',
  tooMany: {
    seasons: ({ max }: { max: number }) => `Keep at most ${count(max, '# season', '# seasons')}.`,
    overrides: ({ max }: { max: number }) =>
      `Keep at most ${count(max, '# one-off day', '# one-off days')}.`,
    ritualSteps: ({ max }: { max: number }) =>
      `Keep the ritual to at most ${count(max, '# step', '# steps')}.`,
  } satisfies Record<ListSetting, (values: { max: number }) => string>,
  unknownLanguage: 'Use a language code like en or de.',
  startBeforeRollover: ({ rollover }: { rollover: string }) =>
    `Start at or after the ${rollover} day rollover.`,
  endBeforeStart: ({ start, rollover }: { start: string; rollover: string }) =>
    `End after the start (${start}), or before ${rollover} for a shift past midnight.`,
  seasonOverlap: ({ other }: { other: string }) =>
    `This season overlaps “${other}” — seasons cannot share dates.`,
  overrideDuplicate: ({ date }: { date: string }) => `${date} already has a one-off day.`,
  shortcutNoKey:
    'End the shortcut with one key after the modifiers, like CommandOrControl+Alt+Shift+K (write + as Plus).',
  shortcutKey: ({ key }: { key: string }) =>
    `“${key}” is not a key name: use a letter, a digit, F1–F24 or a name such as Space, Up or PageDown.`,
  shortcutOneKey: 'Use one key after the modifiers, like CommandOrControl+Alt+Shift+K.',
  shortcutNeedsModifier:
    'Hold Ctrl, Alt, Cmd or Super with this key, or every other app would lose it.',
  shortcutTaken: ({ shortcut }: { shortcut: string }) =>
    `${shortcut} is taken by another app or the system: choose other keys.`,
  shortcutRefused: ({ shortcut }: { shortcut: string }) =>
    `The system refused ${shortcut}: choose other keys.`,
  invalid: 'This value is not valid.',
  importProblems: {
    tooLarge: 'That file is too large to be a Sundown export (over 64 MB).',
    notJson: 'This file is not JSON, so it cannot be a Sundown export.',
    forbiddenKey: ({ key }: { key: string }) =>
      `This file holds a "${key}" key, which Sundown never writes.`,
    notExport: 'This is not a Sundown export: it lacks "format": "sundown-export".',
    version: ({ version }: { version: string }) =>
      `This export has version ${version}; this Sundown reads version 1.`,
    at: ({ path, problem }: { path: string; problem: string }) => `At ${path}: ${problem}`,
    topLevel: 'the top level',
    settings: ({ field, problem }: { field: string; problem: string }) =>
      `The settings in this file are not valid: ${field}: ${problem}`,
  },
} as const
