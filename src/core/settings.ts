/** Settings: their type, their defaults, and a validator that names the field at fault. */
import * as v from 'valibot'
import { WEEKDAYS, minutesOfTime } from './calendar'
import { problemOf, type SettingsProblem } from './settings-problems'
import {
  SettingsObjectSchema,
  type DayOverrideSchema,
  type RitualStepSchema,
  type SeasonSchema,
  type WeekdayPlanSchema,
  type WeeklyPlanSchema,
} from './settings-schema'

/** Every setting the core and the app read. */
export type Settings = v.InferOutput<typeof SettingsObjectSchema>
/** One weekday: a workday with an end (and optional start), or a day off. */
export type WeekdayPlan = v.InferOutput<typeof WeekdayPlanSchema>
/** A plan for each weekday. */
export type WeeklyPlan = v.InferOutput<typeof WeeklyPlanSchema>
/** A named date range with its own weekly plan and intention. */
export type Season = v.InferOutput<typeof SeasonSchema>
/** A one-off change to a single date. */
export type DayOverride = v.InferOutput<typeof DayOverrideSchema>
/** One step of the shutdown ritual. */
export type RitualStep = v.InferOutput<typeof RitualStepSchema>

/** A problem with one field, named by its dotted path (`weekly.mon.end`, `seasons.0.to`). */
export interface FieldError {
  field: string
  problem: SettingsProblem
}

/** The validator's answer: the clean settings, or every field error found. */
export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: FieldError[] }

const workday = (end: string, start = '09:00'): WeekdayPlan => ({ workday: true, start, end })
const dayOff: WeekdayPlan = { workday: false, end: '17:30' }

/** The ritual a new user starts with; every step can be edited in Settings. */
export const DEFAULT_RITUAL_STEPS: RitualStep[] = [
  { id: 'review', kind: 'review', title: 'Review what got done today', skippable: true },
  { id: 'open-loops', kind: 'open-loops', title: 'Park your open loops', skippable: true },
  { id: 'first-task', kind: 'first-task', title: "Choose tomorrow's first task", skippable: true },
  { id: 'reflection', kind: 'reflection', title: 'One question to end on', skippable: true },
]

/** Defaults: Monday to Friday 09:00–17:30, and the reminder figures the design names. */
export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  weekly: {
    mon: workday('17:30'),
    tue: workday('17:30'),
    wed: workday('17:30'),
    thu: workday('17:30'),
    fri: workday('17:30'),
    sat: dayOff,
    sun: dayOff,
  },
  seasons: [],
  overrides: [],
  graceMinutes: 10,
  headsUpMinutes: 15,
  snoozeMinutes: 10,
  reminderLimit: 3,
  awayThresholdMinutes: 10,
  departureMinimumMinutes: 30,
  rolloverHour: 4,
  ritualSteps: DEFAULT_RITUAL_STEPS,
  launchAtLogin: false,
  shortcut: 'CommandOrControl+Alt+Shift+K',
  language: 'system',
}

/** Checks an end against its start: an end before the rollover hour is a night shift ending after midnight. */
function shiftProblem(
  plan: { start?: string | undefined; end?: string | undefined },
  rolloverHour: number,
): { field: 'start' | 'end'; problem: SettingsProblem } | null {
  const rollover = rolloverHour * 60
  const end = plan.end === undefined ? null : minutesOfTime(plan.end)
  const start = plan.start === undefined ? null : minutesOfTime(plan.start)
  if (start !== null && start < rollover) {
    return { field: 'start', problem: { code: 'start-before-rollover', hour: rolloverHour } }
  }
  if (start !== null && end !== null && end >= rollover && end <= start) {
    return {
      field: 'end',
      problem: { code: 'end-before-start', start: plan.start ?? '', hour: rolloverHour },
    }
  }
  return null
}

/** Rules that span fields: shifts, overlapping seasons, duplicate overrides. */
function crossFieldErrors(settings: Settings): FieldError[] {
  const errors: FieldError[] = []
  const checkShift = (path: string, plan: { start?: string; end?: string; workday?: boolean }) => {
    if (plan.workday === false) return
    const problem = shiftProblem(plan, settings.rolloverHour)
    if (problem) errors.push({ field: `${path}.${problem.field}`, problem: problem.problem })
  }
  for (const day of WEEKDAYS) checkShift(`weekly.${day}`, settings.weekly[day])
  settings.seasons.forEach((season, index) => {
    for (const day of WEEKDAYS) checkShift(`seasons.${index}.weekly.${day}`, season.weekly[day])
    const clash = settings.seasons.findIndex(
      (other, otherIndex) =>
        otherIndex < index && other.from <= season.to && season.from <= other.to,
    )
    if (clash >= 0) {
      errors.push({
        field: `seasons.${index}.from`,
        problem: { code: 'season-overlap', other: settings.seasons[clash]?.name ?? '' },
      })
    }
  })
  const seen = new Set<string>()
  settings.overrides.forEach((override, index) => {
    if (!override.off) checkShift(`overrides.${index}`, override)
    if (seen.has(override.date)) {
      errors.push({
        field: `overrides.${index}.date`,
        problem: { code: 'override-duplicate', date: override.date },
      })
    }
    seen.add(override.date)
  })
  return errors
}

/** Validates settings from anywhere (a file, an import, the settings form) without throwing. */
export function validateSettings(input: unknown): SettingsValidation {
  const parsed = v.safeParse(SettingsObjectSchema, input)
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.map((issue) => ({
        field: v.getDotPath(issue) ?? '',
        problem: problemOf(issue),
      })),
    }
  }
  const errors = crossFieldErrors(parsed.output)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: parsed.output }
}
