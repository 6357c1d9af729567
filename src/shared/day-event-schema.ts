/** Schemas for day events on disk and in export files: strict, with capped strings and finite numbers. */
import * as v from 'valibot'
import { isLocalDate, isTimeZone, minutesOfTime, type DayEvent } from '../core'

/** More events than any real day produces; a day at the cap takes no more appends. */
export const MAX_EVENTS_PER_DAY = 10_000
/** A century of days: more than an export can honestly hold. */
export const MAX_EXPORTED_DAYS = 36_600

/** A real calendar date, `YYYY-MM-DD`. */
export const LocalDateSchema = v.pipe(
  v.string('A date must be text like 2026-11-24.'),
  v.maxLength(10, 'A date must look like 2026-11-24.'),
  v.check(isLocalDate, 'A date must be a real date like 2026-11-24.'),
)

/** Epoch milliseconds: a whole, non-negative, finite number. */
export const InstantSchema = v.pipe(
  v.number('A time must be a number of milliseconds.'),
  v.safeInteger('A time must be a whole number of milliseconds.'),
  v.minValue(0, 'A time cannot be before 1970.'),
)

const id = v.pipe(
  v.string('An event id must be text.'),
  v.minLength(1, 'An event needs an id.'),
  v.maxLength(64, 'An event id must be at most 64 characters.'),
)
/** A device id names a folder in the sync folder: letters, digits and dashes only. */
const deviceId = v.pipe(
  v.string('A device id must be text.'),
  v.regex(/^[A-Za-z0-9-]{1,64}$/, 'A device id is 1 to 64 letters, digits or dashes.'),
)
const text = (max: number) =>
  v.pipe(v.string('Expected text.'), v.maxLength(max, `Keep text under ${max} characters.`))
const localTime = v.pipe(
  v.string(),
  v.check((value) => minutesOfTime(value) !== null, 'A time must look like 17:30.'),
)
const scale = v.picklist([1, 2, 3, 4, 5] as const, 'Use a whole number from 1 to 5.')

/** One variant: the shared fields plus its own, with no room for keys it does not name. */
const event = <Type extends string, Entries extends v.ObjectEntries>(
  type: Type,
  entries: Entries,
) =>
  v.strictObject({
    id,
    at: InstantSchema,
    device: v.optional(deviceId),
    type: v.literal(type),
    ...entries,
  })

/** Every variant of the core's `DayEvent`. */
export const DayEventSchema = v.variant('type', [
  event('check-in', { energy: scale, alignment: scale, note: text(500) }),
  event('prompt-shown', {
    prompt: v.picklist(['heads-up', 'end', 'reminder']),
    forEndAt: InstantSchema,
    delivered: v.boolean(),
  }),
  event('snoozed', {
    minutes: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(24 * 60)),
  }),
  event('staying-late', {
    untilAt: InstantSchema,
    reason: v.picklist(['deadline', 'meeting', 'chose-to', 'caring', 'other']),
    note: text(280),
  }),
  event('ritual-started', {}),
  event('ritual-answer', { stepId: id, answer: text(2000) }),
  event('ritual-completed', {}),
  event('leaving-now', {}),
  event('leave-corrected', { leftAt: InstantSchema }),
  event('away', { reason: v.picklist(['lock', 'suspend', 'shutdown', 'idle', 'quit']) }),
  event('back', { reason: v.picklist(['unlock', 'resume', 'active', 'input']) }),
  event('app-started', {}),
  event('heartbeat', {}),
  event('day-off', {}),
  event('reminders-paused', {}),
  event('month-reviewed', {
    month: v.pipe(
      v.string(),
      v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month must look like 2026-11.'),
    ),
    answer: text(2000),
  }),
  event('plan-noted', {
    workday: v.boolean(),
    start: v.nullable(localTime),
    end: v.nullable(localTime),
    zone: v.pipe(
      v.string(),
      v.minLength(1),
      v.maxLength(64),
      v.check(isTimeZone, 'Unknown time zone.'),
    ),
  }),
])

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Fails to compile when the schema and the core's `DayEvent` drift apart. */
export const dayEventSchemaMatchesCore: Same<v.InferOutput<typeof DayEventSchema>, DayEvent> = true

/** One day's events, as an export lists them. */
export const DayEventsSchema = v.strictObject({
  date: LocalDateSchema,
  events: v.pipe(
    v.array(DayEventSchema),
    v.maxLength(MAX_EVENTS_PER_DAY, `A day holds at most ${MAX_EVENTS_PER_DAY} events.`),
  ),
})

/** The export file. Settings are checked apart, by migration and `validateSettings`. */
export const ExportFileSchema = v.strictObject({
  format: v.literal('sundown-export', 'This is not a Sundown export.'),
  version: v.literal(1, 'This export version is unknown to this Sundown.'),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('Expected an ISO timestamp.')),
  settings: v.unknown(),
  days: v.pipe(
    v.array(DayEventsSchema),
    v.maxLength(MAX_EXPORTED_DAYS, `An export holds at most ${MAX_EXPORTED_DAYS} days.`),
  ),
})

/** A parsed, checked export file. */
export type ExportFile = v.InferOutput<typeof ExportFileSchema>
