/** Every string the settings view shows, in one place so it can be translated as a whole. */
import type { RitualStep } from '../../../core'

const plural = (count: number, one: string, other: string): string =>
  `${count} ${count === 1 ? one : other}`

/** The settings view's words; functions take the already formatted values they place. */
export const settingsMessages = {
  title: 'Settings',
  loading: 'Loading your settings…',
  loadFailed: 'Sundown could not read your settings. Close this window and open it again.',

  weeklyTitle: 'Weekly schedule',
  weeklyHint:
    'Times like 17:30. An end before the day rollover is a shift that ends after midnight.',
  workday: 'Workday',
  start: 'Start',
  end: 'End',
  optional: '(optional)',
  workdayLabel: (weekday: string) => `${weekday} is a workday`,
  startLabel: (weekday: string) => `${weekday} start`,
  endLabel: (weekday: string) => `${weekday} end`,
  timePlaceholder: '17:30',

  seasonsTitle: 'Seasons',
  seasonsHint:
    'A season is a stretch of life that asks for different hours — a launch, caregiving, recovery. Its schedule replaces the weekly one between its dates.',
  seasonsEmpty: 'No seasons yet.',
  seasonLegend: (name: string) => name || 'Unnamed season',
  seasonName: 'Name',
  seasonFrom: 'From',
  seasonTo: 'To',
  seasonIntention: 'Intention',
  seasonIntentionHint: 'What this season is for, in your words.',
  seasonSchedule: 'Schedule in this season',
  seasonCurrent: 'In force today',
  addSeason: 'Add a season',
  newSeasonName: 'New season',
  endSeason: (name: string) => `End “${name}” today`,
  endSeasonShort: 'End today',
  removeSeason: (name: string) => `Remove “${name}”`,
  removeShort: 'Remove',

  overridesTitle: 'One-off days',
  overridesHint: 'A single date that differs: a day off, or a different end.',
  overridesEmpty: 'No one-off days.',
  overrideDate: 'Date',
  overrideOff: 'Day off',
  overrideNote: 'Note',
  overrideLabel: (n: number, what: string) => `One-off day ${n}: ${what}`,
  addOverride: 'Add a one-off day',
  removeOverride: (n: number) => `Remove one-off day ${n}`,

  remindersTitle: 'Reminders',
  minutesUnit: 'min',
  hourUnit: 'h',
  graceMinutes: 'Grace after the end',
  graceHint: 'Leaving within this counts as on time.',
  headsUpMinutes: 'Heads-up before the end',
  headsUpHint: 'A gentle notice to start wrapping up; 0 for none.',
  snoozeMinutes: 'Snooze length',
  snoozeHint: 'How long a snooze waits before the next reminder.',
  reminderLimit: 'Reminders after the end',
  reminderLimitHint: 'At most this many repeats; 0 for only the first prompt.',
  awayThresholdMinutes: 'Away after',
  awayThresholdHint: 'Idle this long counts as away from the computer.',
  departureMinimumMinutes: 'Gone for the day after',
  departureMinimumHint: 'An absence this long after the wind-down counts as leaving.',
  rolloverHour: 'New day starts at',
  rolloverHint: 'Hour of the night when one work day ends and the next begins (0–12).',
  idleUnavailable:
    "Idle detection isn't available on this desktop, so Sundown notices you leaving by the screen locking and the computer suspending instead.",

  ritualTitle: 'Shutdown ritual',
  ritualHint: 'The steps the ritual walks through, in order.',
  stepTitle: (n: number) => `Step ${n}`,
  stepKind: {
    review: 'Review',
    'open-loops': 'Open loops',
    'first-task': "Tomorrow's first task",
    reflection: 'Reflection question',
    custom: 'Your own step',
  } satisfies Record<RitualStep['kind'], string>,
  stepKindHint: (kind: string) => `Kind: ${kind}`,
  stepSkippable: 'Can be skipped',
  moveUp: (title: string) => `Move “${title}” up`,
  moveDown: (title: string) => `Move “${title}” down`,
  removeStep: (title: string) => `Remove “${title}”`,
  moveUpShort: 'Up',
  moveDownShort: 'Down',
  addStep: 'Add a step',
  newStepTitle: 'New step',
  stepMoved: (title: string, position: number, total: number) =>
    `“${title}” is now step ${position} of ${total}.`,
  stepRemoved: (title: string) => `Removed “${title}”.`,
  stepsFull: 'The ritual has the most steps it can hold.',

  generalTitle: 'General',
  launchAtLogin: 'Open Sundown when you log in',
  shortcut: 'Global shortcut',
  shortcutHint:
    'Opens the check-in from anywhere, e.g. CommandOrControl+Alt+Shift+K. Useful where there is no tray icon.',
  shortcutRecord: 'Record',
  shortcutRecording: 'Press the keys…',
  shortcutRecordingHint: 'Press a key together with Ctrl, Alt, Shift or Cmd; Escape cancels.',

  dataTitle: 'Your data',
  dataHint: 'Everything Sundown knows lives on this computer. Export it, or bring in an export.',
  exportData: 'Export…',
  importData: 'Import…',
  exported: (path: string) => `Exported to ${path}.`,
  exportCancelled: 'Export cancelled.',
  imported: (imported: number, skipped: number) =>
    `Imported ${plural(imported, 'event', 'events')}${skipped > 0 ? `; ${plural(skipped, 'was', 'were')} already here` : ''}. Settings now come from the file.`,
  importFailed: (reason: string) => `Nothing was imported: ${reason}`,
  transferFailed: 'That did not go through. Try again.',

  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Saved.',
  discard: 'Discard changes',
  unsaved: 'Unsaved changes',
  fixErrors: (count: number) =>
    `${plural(count, 'setting needs', 'settings need')} fixing before saving — see the marked fields.`,
  saveFailed: 'Sundown could not save your settings. Try again.',
  otherErrors: 'Also:',
} as const
