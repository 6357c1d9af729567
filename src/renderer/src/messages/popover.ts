/** Every string the popover shows: the countdown, the check-in, quick actions and the next-morning question. */
import type { LeftSource, StayingLateReason } from '../../../core'

type Scale5 = readonly [string, string, string, string, string]

/** The popover's words; functions take the already formatted values they place. */
export const popoverMessages = {
  countdown: {
    endsIn: (end: string, left: string) => `Ends ${end} · in ${left}`,
    windDown: (left: string) => `Wind down — ${left} left`,
    endsNow: (end: string) => `It's ${end} — time to stop`,
    past: (past: string, end: string) => `${past} past ${end}`,
    leftOnTime: (left: string) => `Left ${left} — on time`,
    leftLate: (left: string, late: string) => `Left ${left} — ${late} past the end`,
    dayOff: 'Day off',
    dayOffDeclared: 'Day off — enjoy it',
  },
  plan: {
    hours: (start: string, end: string) => `${start}–${end}`,
    until: (end: string) => `until ${end}`,
    dateAndHours: (date: string, hours: string) => `${date} · ${hours}`,
    stayingLate: (until: string, reason: string) => `Staying late until ${until} · ${reason}`,
    seasonLabel: 'Season:',
  },
  checkIn: {
    title: 'Check in',
    energy: 'Energy',
    energyAnchors: ['Running on empty', 'Low', 'Steady', 'Good', 'Plenty'] as Scale5,
    alignment: "Does today's energy go where it matters to you?",
    alignmentAnchors: ['Not at all', 'A little', 'Partly', 'Mostly', 'Completely'] as Scale5,
    scaleLow: (anchor: string) => `1 = ${anchor}`,
    scaleHigh: (anchor: string) => `5 = ${anchor}`,
    option: (value: number, anchor: string) => `${value}, ${anchor}`,
    note: 'Note (optional)',
    notePlaceholder: 'Add a note (optional)',
    save: 'Save',
    saveLabel: 'Save check-in',
    keyHint: '← → choose · Enter saves · Esc closes',
    needsEnergy: 'Pick how much energy you have.',
    needsAlignment: 'Pick how aligned today feels.',
    saved: (time: string) => `Checked in at ${time}. Thank you.`,
  },
  earlier: {
    title: 'Earlier today',
    entry: (energy: number, alignment: number) => `Energy ${energy}/5 · alignment ${alignment}/5`,
  },
  actions: {
    label: 'Quick actions',
    startRitual: 'Start ritual',
    stayLate: 'Staying late…',
    dayOff: 'Day off',
    snooze: (minutes: number) => `Snooze ${minutes} min`,
    thisMonth: 'This month',
    settings: 'Settings',
    snoozed: (minutes: number) => `Quiet for ${minutes} minutes.`,
  },
  dayOff: {
    question: "Make today a day off? Reminders stop and today won't count toward your month.",
    confirm: 'Yes, a day off',
    cancel: 'Keep today',
    done: 'Today is a day off.',
  },
  stayLate: {
    title: 'Staying late',
    until: 'Until',
    reason: 'Why',
    reasons: {
      deadline: 'A deadline',
      meeting: 'A meeting',
      'chose-to': 'I chose to',
      caring: 'Caring for someone',
      other: 'Something else',
    } satisfies Record<StayingLateReason, string>,
    note: 'Note (optional)',
    submit: 'Stay late',
    needsTime: 'Pick the time you plan to stop.',
    done: (until: string) => `Staying late until ${until}. Reminders resume then.`,
  },
  nextMorning: {
    title: 'Before today starts',
    question: {
      lock: (time: string) => `You locked the screen at ${time} — is that when you left?`,
      suspend: (time: string) => `Your computer went to sleep at ${time} — is that when you left?`,
      shutdown: (time: string) => `Your computer shut down at ${time} — is that when you left?`,
      idle: (time: string) => `You were last active at ${time} — is that when you left?`,
      quit: (time: string) => `Sundown was closed at ${time} — is that when you left?`,
      inferred: (time: string) =>
        `Sundown last saw you at ${time}, then was not running — is that when you left?`,
      ritual: (time: string) => `Your day ended at ${time} — is that when you left?`,
      manual: (time: string) => `Your day ended at ${time} — is that when you left?`,
    } satisfies Record<LeftSource, (time: string) => string>,
    yesterday: 'Yesterday',
    onDay: (day: string) => `On ${day}`,
    confirm: "Yes, that's right",
    correct: 'No, correct it',
    correctLabel: 'I left at',
    saveCorrection: 'Save',
    needsTime: 'Enter the time you left.',
    confirmed: 'Thanks — noted.',
    corrected: (time: string) => `Noted: you left at ${time}.`,
  },
  carriedOver: {
    title: 'Carried over',
    firstTask: 'Start with',
    openLoops: 'Parked loops',
  },
  undelivered:
    'A reminder could not be shown as a notification. Check that your system allows notifications from Sundown.',
} as const
