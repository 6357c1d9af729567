/** The settings window's sections, in sidebar order, and which section holds the field an error names. */
import type { FieldError } from '../../../../core'
import { isShownField } from './form-errors'

/** The sections, in the order the sidebar lists them. */
export const SECTION_IDS = [
  'schedule',
  'seasons',
  'reminders',
  'ritual',
  'general',
  'devices',
  'data',
] as const

/** One section of the settings window. */
export type SectionId = (typeof SECTION_IDS)[number]

const SECTION_OF_HEAD: Record<string, SectionId> = {
  weekly: 'schedule',
  seasons: 'seasons',
  overrides: 'seasons',
  graceMinutes: 'reminders',
  headsUpMinutes: 'reminders',
  snoozeMinutes: 'reminders',
  reminderLimit: 'reminders',
  awayThresholdMinutes: 'reminders',
  departureMinimumMinutes: 'reminders',
  rolloverHour: 'reminders',
  ritualSteps: 'ritual',
  launchAtLogin: 'general',
  language: 'general',
  shortcut: 'general',
}

/** The section whose panel draws the field at `field` (`seasons.0.from`), or null when no panel does. */
export function sectionOfField(field: string): SectionId | null {
  if (!isShownField(field)) return null
  return SECTION_OF_HEAD[field.split('.')[0] ?? ''] ?? null
}

/** How many fields with a shown error each section holds. */
export function errorCountsBySection(fields: Iterable<string>): Map<SectionId, number> {
  const counts = new Map<SectionId, number>()
  for (const field of fields) {
    const section = sectionOfField(field)
    if (section) counts.set(section, (counts.get(section) ?? 0) + 1)
  }
  return counts
}

/**
 * The problem to take the user to after a refused save: the first in the section they are in,
 * so their place is kept, else the first in sidebar order. Null when no problem has a field.
 */
export function problemToShow(
  problems: readonly FieldError[],
  current: SectionId,
): { problem: FieldError; section: SectionId } | null {
  const placed = problems.flatMap((problem) => {
    const section = sectionOfField(problem.field)
    return section ? [{ problem, section }] : []
  })
  const here = placed.find((entry) => entry.section === current)
  if (here) return here
  const order = (section: SectionId) => SECTION_IDS.indexOf(section)
  return placed.reduce<(typeof placed)[number] | null>(
    (first, entry) =>
      first === null || order(entry.section) < order(first.section) ? entry : first,
    null,
  )
}
