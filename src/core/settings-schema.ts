/** The settings schema: the one place that says what a valid setting is, with messages a person can act on. */
import * as v from 'valibot'
import { WEEKDAYS, isLocalDate, minutesOfTime } from './calendar'

const timeMessage = (issue: { input: unknown }): string =>
  `Use a time like 17:30 (00:00–23:59), not ${JSON.stringify(issue.input)}.`

const dateMessage = (issue: { input: unknown }): string =>
  `Use a real date like 2026-11-24, not ${JSON.stringify(issue.input)}.`

const unknownKeyMessage =
  (known: readonly string[], what: string) =>
  (issue: { expected: string | null; received: string }): string =>
    issue.expected === 'never'
      ? `Unknown ${what} ${issue.received} — use ${known.join(', ')}.`
      : `Expected an object here, not ${issue.received}.`

const localTime = v.pipe(
  v.string(timeMessage),
  v.check((value) => minutesOfTime(value) !== null, timeMessage),
)

const localDate = v.pipe(
  v.string(dateMessage),
  v.check((value) => isLocalDate(value), dateMessage),
)

const wholeMinutes = (max: number, min = 0) =>
  v.pipe(
    v.number('Enter a number of minutes.'),
    v.integer('Use whole minutes.'),
    v.check(
      (value) => value >= min,
      (issue) =>
        Number(issue.input) < 0 ? 'Minutes cannot be negative.' : `Use at least ${min} minute.`,
    ),
    v.maxValue(max, `Use at most ${max} minutes.`),
  )

const text = (max: number, what: string) =>
  v.pipe(
    v.string(`The ${what} must be text.`),
    v.maxLength(max, `Keep the ${what} under ${max} characters.`),
  )

const weekdayPlanKeys = ['workday', 'start', 'end'] as const

/** One weekday of a weekly plan: a workday with an end (and optional start), or a day off. */
export const WeekdayPlanSchema = v.strictObject(
  {
    workday: v.boolean('Say whether this is a workday (true or false).'),
    start: v.optional(localTime),
    end: localTime,
  },
  unknownKeyMessage(weekdayPlanKeys, 'field'),
)

/** A plan for every weekday, Monday to Sunday. */
export const WeeklyPlanSchema = v.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, WeekdayPlanSchema])) as Record<
    (typeof WEEKDAYS)[number],
    typeof WeekdayPlanSchema
  >,
  unknownKeyMessage(WEEKDAYS, 'weekday'),
)

/** A season: a named date range with its own weekly plan and an intention. */
export const SeasonSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1, 'A season needs an id.'), v.maxLength(64)),
    name: v.pipe(text(80, 'season name'), v.trim(), v.minLength(1, 'Give the season a name.')),
    from: localDate,
    to: localDate,
    weekly: WeeklyPlanSchema,
    intention: text(280, 'intention'),
  }),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      (season) => season.to >= season.from,
      (issue) => {
        const season = issue.input as { from: string; to: string }
        return `The season ends (${season.to}) before it starts (${season.from}).`
      },
    ),
    ['to'],
  ),
)

/** A one-off change to one date: a day off, or a different end (and start). */
export const DayOverrideSchema = v.pipe(
  v.object({
    date: localDate,
    off: v.boolean('Say whether the day is off (true or false).'),
    start: v.optional(localTime),
    end: v.optional(localTime),
    note: v.optional(text(280, 'note'), ''),
  }),
  v.forward(
    v.partialCheck(
      [['off'], ['end']],
      (override) => override.off || override.end !== undefined,
      'A working override needs an end time.',
    ),
    ['end'],
  ),
)

/** One step of the shutdown ritual. */
export const RitualStepSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'A step needs an id.'), v.maxLength(64)),
  kind: v.picklist(
    ['review', 'open-loops', 'first-task', 'reflection', 'custom'],
    'Use a known step kind: review, open-loops, first-task, reflection or custom.',
  ),
  title: v.pipe(text(120, 'step title'), v.trim(), v.minLength(1, 'Give the step a title.')),
  skippable: v.boolean(),
})

/** Every setting, as stored and as the core reads it. */
export const SettingsObjectSchema = v.object({
  version: v.literal(1, 'Unknown settings version.'),
  weekly: WeeklyPlanSchema,
  seasons: v.pipe(v.array(SeasonSchema), v.maxLength(200, 'Keep at most 200 seasons.')),
  overrides: v.pipe(v.array(DayOverrideSchema), v.maxLength(2000, 'Keep at most 2000 overrides.')),
  graceMinutes: wholeMinutes(240),
  headsUpMinutes: wholeMinutes(240),
  snoozeMinutes: wholeMinutes(240, 1),
  reminderLimit: v.pipe(
    v.number('Enter a number of reminders.'),
    v.integer('Use a whole number of reminders.'),
    v.minValue(0, 'Reminders cannot be negative.'),
    v.maxValue(20, 'Use at most 20 reminders.'),
  ),
  awayThresholdMinutes: wholeMinutes(240, 1),
  departureMinimumMinutes: wholeMinutes(720, 1),
  rolloverHour: v.pipe(
    v.number('Enter an hour.'),
    v.integer('Use a whole hour.'),
    v.minValue(0, 'The rollover hour cannot be negative.'),
    v.maxValue(12, 'The day must roll over by 12:00.'),
  ),
  ritualSteps: v.pipe(
    v.array(RitualStepSchema),
    v.maxLength(12, 'Keep the ritual to at most 12 steps.'),
  ),
  launchAtLogin: v.boolean(),
  shortcut: text(64, 'shortcut'),
  language: v.pipe(
    v.string(),
    v.regex(/^(system|[a-z]{2}(-[A-Z]{2})?)$/, 'Use a language code like en or de.'),
  ),
})
