/** The settings schema: the one place that says what a valid setting is; each problem is data the messages word. */
import * as v from 'valibot'
import { acceleratorProblem } from './accelerator'
import { WEEKDAYS, isLocalDate, minutesOfTime } from './calendar'
import { says, type NumberUnit, type TextField } from './settings-problems'

const timeMessage = says((issue) => ({ code: 'time', input: JSON.stringify(issue.input) }))

const dateMessage = says((issue) => ({ code: 'date', input: JSON.stringify(issue.input) }))

const unknownKeyMessage = (known: readonly string[], of: 'field' | 'weekday') =>
  says((issue) =>
    issue.expected === 'never'
      ? { code: 'unknown-key', of, key: issue.received, known: [...known] }
      : { code: 'not-an-object', received: issue.received },
  )

const localTime = v.pipe(
  v.string(timeMessage),
  v.check((value) => minutesOfTime(value) !== null, timeMessage),
)

const localDate = v.pipe(
  v.string(dateMessage),
  v.check((value) => isLocalDate(value), dateMessage),
)

/** A whole, non-negative number of `unit` from `min` to `max`. */
const wholeNumber = (unit: NumberUnit, max: number, min = 0) =>
  v.pipe(
    v.number(says({ code: 'not-a-number', unit })),
    v.integer(says({ code: 'not-whole', unit })),
    v.check(
      (value) => value >= min,
      says((issue) =>
        Number(issue.input) < 0 ? { code: 'negative', unit } : { code: 'too-small', unit, min },
      ),
    ),
    v.maxValue(max, says({ code: 'too-large', unit, max })),
  )

const wholeMinutes = (max: number, min = 0) => wholeNumber('minutes', max, min)

const text = (max: number, field: TextField) =>
  v.pipe(
    v.string(says({ code: 'not-text', field })),
    v.maxLength(max, says({ code: 'too-long', field, max })),
  )

const weekdayPlanKeys = ['workday', 'start', 'end'] as const

/** One weekday of a weekly plan: a workday with an end (and optional start), or a day off. */
export const WeekdayPlanSchema = v.strictObject(
  {
    workday: v.boolean(says({ code: 'not-yes-or-no', field: 'workday' })),
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
    id: v.pipe(v.string(), v.minLength(1, says({ code: 'missing-id' })), v.maxLength(64)),
    name: v.pipe(
      text(80, 'seasonName'),
      v.trim(),
      v.minLength(1, says({ code: 'empty', field: 'seasonName' })),
    ),
    from: localDate,
    to: localDate,
    weekly: WeeklyPlanSchema,
    intention: text(280, 'intention'),
  }),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      (season) => season.to >= season.from,
      says((issue) => {
        const season = issue.input as { from: string; to: string }
        return { code: 'season-backwards', from: season.from, to: season.to }
      }),
    ),
    ['to'],
  ),
)

/** A one-off change to one date: a day off, or a different end (and start). */
export const DayOverrideSchema = v.pipe(
  v.object({
    date: localDate,
    off: v.boolean(says({ code: 'not-yes-or-no', field: 'off' })),
    start: v.optional(localTime),
    end: v.optional(localTime),
    note: v.optional(text(280, 'note'), ''),
  }),
  v.forward(
    v.partialCheck(
      [['off'], ['end']],
      (override) => override.off || override.end !== undefined,
      says({ code: 'override-needs-end' }),
    ),
    ['end'],
  ),
)

/** One step of the shutdown ritual. */
export const RitualStepSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, says({ code: 'missing-id' })), v.maxLength(64)),
  kind: v.picklist(
    ['review', 'open-loops', 'first-task', 'reflection', 'custom'],
    says({ code: 'unknown-step-kind' }),
  ),
  title: v.pipe(
    text(120, 'stepTitle'),
    v.trim(),
    v.minLength(1, says({ code: 'empty', field: 'stepTitle' })),
  ),
  skippable: v.boolean(),
})

/** Every setting, as stored and as the core reads it. */
export const SettingsObjectSchema = v.object({
  version: v.literal(2, says({ code: 'unknown-version' })),
  weekly: WeeklyPlanSchema,
  seasons: v.pipe(
    v.array(SeasonSchema),
    v.maxLength(200, says({ code: 'too-many', list: 'seasons', max: 200 })),
  ),
  overrides: v.pipe(
    v.array(DayOverrideSchema),
    v.maxLength(2000, says({ code: 'too-many', list: 'overrides', max: 2000 })),
  ),
  graceMinutes: wholeMinutes(240),
  headsUpMinutes: wholeMinutes(240),
  snoozeMinutes: wholeMinutes(240, 1),
  reminderLimit: wholeNumber('reminders', 20),
  awayThresholdMinutes: wholeMinutes(240, 1),
  departureMinimumMinutes: wholeMinutes(720, 1),
  rolloverHour: wholeNumber('hour', 12),
  ritualSteps: v.pipe(
    v.array(RitualStepSchema),
    v.maxLength(12, says({ code: 'too-many', list: 'ritualSteps', max: 12 })),
  ),
  launchAtLogin: v.boolean(),
  // Checked against Electron's accelerator grammar, so a typo is refused at save, not silently dead.
  shortcut: v.pipe(
    text(64, 'shortcut'),
    v.check(
      (value) => acceleratorProblem(value) === null,
      says((issue) => acceleratorProblem(String(issue.input)) ?? { code: 'invalid' }),
    ),
  ),
  language: v.pipe(
    v.string(),
    v.regex(/^(system|[a-z]{2}(-[A-Z]{2})?)$/, says({ code: 'unknown-language' })),
  ),
})
