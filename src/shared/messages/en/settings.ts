/** English words of the settings view, and the default ritual step titles as the user's language shows them. */
import type { RitualStep } from '../../../core'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('en', value)

/** The settings view's English words. */
export const settings = {
  title: 'Settings',
  loading: 'Loading your settings…',
  loadFailed: 'Sundown could not read your settings. Close this window and open it again.',

  sectionsLabel: 'Settings sections',
  sections: {
    schedule: 'Schedule',
    seasons: 'Seasons & one-off days',
    reminders: 'Reminders',
    ritual: 'Ritual',
    general: 'General',
    devices: 'Devices',
    data: 'Your data',
  },
  sectionErrors: ({ count }: { count: number }) =>
    plural('en', count, { one: '# to fix', other: '# to fix' }),

  weeklyTitle: 'Weekly schedule',
  weeklyHint:
    'Times like 17:30. An end before the day rollover is a shift that ends after midnight.',
  workday: 'Workday',
  start: 'Start',
  end: 'End',
  optional: '(optional)',
  workdayLabel: ({ weekday }: { weekday: string }) => `${weekday} is a workday`,
  startLabel: ({ weekday }: { weekday: string }) => `${weekday} start`,
  endLabel: ({ weekday }: { weekday: string }) => `${weekday} end`,
  timePlaceholder: '17:30',
  seasonWeekday: ({ season, weekday }: { season: string; weekday: string }) =>
    `${season}: ${weekday}`,

  seasonsTitle: 'Seasons',
  seasonsHint:
    'A season is a stretch of life that asks for different hours — a launch, caregiving, recovery. Its schedule replaces the weekly one between its dates.',
  seasonsEmpty: 'No seasons yet.',
  seasonLegend: ({ name }: { name: string }) => name || 'Unnamed season',
  seasonName: 'Name',
  seasonFrom: 'From',
  seasonTo: 'To',
  seasonIntention: 'Intention',
  seasonIntentionHint: 'What this season is for, in your words.',
  seasonSchedule: 'Schedule in this season',
  seasonCurrent: 'In force today',
  addSeason: 'Add a season',
  newSeasonName: 'New season',
  endSeasonShort: 'End today',
  removeSeason: ({ name }: { name: string }) => `Remove “${name}”`,
  removeShort: 'Remove',

  overridesTitle: 'One-off days',
  overridesHint: 'A single date that differs: a day off, or a different end.',
  overridesEmpty: 'No one-off days.',
  overrideDate: 'Date',
  overrideOff: 'Day off',
  overrideNote: 'Note',
  overrideLabel: ({ position, what }: { position: number; what: string }) =>
    `One-off day ${n(position)}: ${what}`,
  addOverride: 'Add a one-off day',
  removeOverride: ({ position }: { position: number }) => `Remove one-off day ${n(position)}`,

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
  stepTitle: ({ position }: { position: number }) => `Step ${n(position)}`,
  stepKind: {
    review: 'Review',
    'open-loops': 'Open loops',
    'first-task': "Tomorrow's first task",
    reflection: 'Reflection question',
    custom: 'Your own step',
  } satisfies Record<RitualStep['kind'], string>,
  stepKindHint: ({ kind }: { kind: string }) => `Kind: ${kind}`,
  stepSkippable: 'Can be skipped',
  moveUp: ({ title }: { title: string }) => `Move “${title}” up`,
  moveDown: ({ title }: { title: string }) => `Move “${title}” down`,
  removeStep: ({ title }: { title: string }) => `Remove “${title}”`,
  moveUpShort: 'Up',
  moveDownShort: 'Down',
  addStep: 'Add a step',
  newStepTitle: 'New step',
  stepMoved: ({ title, position, total }: { title: string; position: number; total: number }) =>
    `“${title}” is now step ${n(position)} of ${n(total)}.`,
  stepRemoved: ({ title }: { title: string }) => `Removed “${title}”.`,
  stepsFull: 'The ritual has the most steps it can hold.',
  /** The titles of the ritual's default steps, shown in place of the stored English ones until edited. */
  defaultStepTitles: {
    review: 'Review what got done today',
    'open-loops': 'Park your open loops',
    'first-task': "Choose tomorrow's first task",
    reflection: 'One question to end on',
  },

  generalTitle: 'General',
  launchAtLogin: 'Open Sundown when you log in',
  language: 'Language',
  languageHint:
    'The words, dates and numbers Sundown shows. The system default follows your computer.',
  languageOptions: {
    system: 'System default',
    en: 'English',
    de: 'Deutsch',
    es: 'Español',
    fr: 'Français',
  },
  shortcut: 'Global shortcut',
  shortcutHint:
    'Opens the check-in from anywhere, e.g. CommandOrControl+Alt+Shift+K. Useful where there is no tray icon.',
  shortcutRecord: 'Record',
  shortcutRecording: 'Press the keys…',
  shortcutRecordingHint: 'Press a key together with Ctrl, Alt, Shift or Cmd; Escape cancels.',

  /** The Devices section: the sync folder, this device, the others, and how sync stands. */
  devices: {
    title: 'Devices',
    hint: 'One record across your computers, through a folder your sync service already keeps in step (Syncthing, Dropbox, iCloud Drive, OneDrive). No account, no server.',
    folderTitle: 'Sync folder',
    folderLabel: 'Folder',
    noFolder: 'No folder chosen.',
    choose: 'Choose a folder…',
    change: 'Change folder…',
    stop: 'Stop syncing',
    stopHint: 'Stopping keeps everything on this device; the folder is left as it is.',
    privacy:
      'The folder holds your notes and answers in plain JSON: it is only as private as the sync service.',
    statusOff: 'Sync is off: this device keeps its record to itself.',
    statusSyncing: 'Syncing.',
    statusMissing: ({ since }: { since: string }) => `The folder has been missing since ${since}.`,
    missingHint: 'Sundown keeps recording on this device and catches up when the folder is back.',
    lastRead: ({ when }: { when: string }) => `Last read ${when}.`,
    notReadYet: 'Not read yet.',
    damagedFile: ({ device, file, copy }: { device: string; file: string; copy: string }) =>
      `A file from ${device} could not be read (${file}). A copy is kept at ${copy}.`,
    rekeyed: ({ when }: { when: string }) =>
      `Another computer was using this device's id (a cloned disk or a restored backup), so this device took a new one on ${when}. Nothing was lost.`,
    thisDeviceTitle: 'This device',
    name: 'Name',
    nameHint: 'What your other devices and the month view call this one.',
    rename: 'Rename',
    countsAsWork: 'Counts as work',
    countsAsWorkHint:
      'Turn this off on a personal device: its activity then counts for nothing toward work (no leave times, no after-hours) and it never prompts. What you say there, like the ritual, still counts.',
    saved: 'Saved.',
    othersTitle: 'Other devices',
    othersNone: 'No other device has written to the folder yet.',
    othersOff: 'Your other devices show here once sync is on.',
    lastSeen: ({ when }: { when: string }) => `last seen ${when}`,
    neverSeen: 'not seen yet',
    personal: 'personal',
    work: 'counts as work',
    justNow: 'just now',
    anotherDevice: 'another device',
    loadFailed: 'Sundown could not read your devices. Close this window and open it again.',
  },

  dataTitle: 'Your data',
  dataHint: 'Everything Sundown knows lives on this computer. Export it, or bring in an export.',
  exportData: 'Export…',
  importData: 'Import…',
  exported: ({ path }: { path: string }) => `Exported to ${path}.`,
  exportCancelled: 'Export cancelled.',
  imported: ({ imported, skipped }: { imported: number; skipped: number }) => {
    const events = plural('en', imported, { one: 'Imported # event', other: 'Imported # events' })
    const already = plural('en', skipped, {
      one: '; # was already here',
      other: '; # were already here',
    })
    return `${events}${skipped > 0 ? already : ''}. Settings now come from the file.`
  },
  importFailed: ({ reason }: { reason: string }) => `Nothing was imported: ${reason}`,
  transferFailed: 'That did not go through. Try again.',

  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Saved.',
  discard: 'Discard changes',
  unsaved: 'Unsaved changes',
  fixErrors: ({ count }: { count: number }) =>
    plural('en', count, {
      one: '# setting needs fixing before saving — see the marked fields.',
      other: '# settings need fixing before saving — see the marked fields.',
    }),
  saveFailed: 'Sundown could not save your settings. Try again.',
  otherErrors: 'Also:',
} as const
