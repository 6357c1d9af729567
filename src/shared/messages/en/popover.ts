/** English words of the popover: the countdown, the check-in, quick actions and the next-morning question. */
import type { LeftSource, StayingLateReason } from '../../../core'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('en', value)

/** The popover's English words. */
export const popover = {
  countdown: {
    endsIn: ({ end, left }: { end: string; left: string }) => `Ends ${end} · in ${left}`,
    windDown: ({ left }: { left: string }) => `Wind down — ${left} left`,
    endsNow: ({ end }: { end: string }) => `It's ${end} — time to stop`,
    past: ({ past, end }: { past: string; end: string }) => `${past} past ${end}`,
    leftOnTime: ({ left }: { left: string }) => `Left ${left} — on time`,
    leftLate: ({ left, late }: { left: string; late: string }) =>
      `Left ${left} — ${late} past the end`,
    dayOff: 'Day off',
    dayOffDeclared: 'Day off — enjoy it',
  },
  plan: {
    hours: ({ start, end }: { start: string; end: string }) => `${start}–${end}`,
    until: ({ end }: { end: string }) => `until ${end}`,
    dateAndHours: ({ date, hours }: { date: string; hours: string }) => `${date} · ${hours}`,
    stayingLate: ({ until, reason }: { until: string; reason: string }) =>
      `Staying late until ${until} · ${reason}`,
    seasonLabel: 'Season:',
  },
  checkIn: {
    title: 'Check in',
    energy: 'Energy',
    energyAnchors: ['Running on empty', 'Low', 'Steady', 'Good', 'Plenty'],
    alignment: "Does today's energy go where it matters to you?",
    alignmentAnchors: ['Not at all', 'A little', 'Partly', 'Mostly', 'Completely'],
    scaleLow: ({ anchor }: { anchor: string }) => `1 = ${anchor}`,
    scaleHigh: ({ anchor }: { anchor: string }) => `5 = ${anchor}`,
    option: ({ value, anchor }: { value: number; anchor: string }) => `${n(value)}, ${anchor}`,
    note: 'Note (optional)',
    notePlaceholder: 'Add a note (optional)',
    save: 'Save',
    saveLabel: 'Save check-in',
    keyHint: '← → choose · Enter saves · Esc closes',
    needsEnergy: 'Pick how much energy you have.',
    needsAlignment: 'Pick how aligned today feels.',
    saved: ({ time }: { time: string }) => `Checked in at ${time}. Thank you.`,
  },
  earlier: {
    title: 'Earlier today',
    entry: ({ energy, alignment }: { energy: number; alignment: number }) =>
      `Energy ${n(energy)}/5 · alignment ${n(alignment)}/5`,
  },
  actions: {
    label: 'Quick actions',
    startRitual: 'Start ritual',
    stayLate: 'Staying late…',
    dayOff: 'Day off',
    snooze: ({ minutes }: { minutes: number }) => `Snooze ${n(minutes)} min`,
    thisMonth: 'This month',
    settings: 'Settings',
    snoozed: ({ minutes }: { minutes: number }) =>
      `Quiet for ${plural('en', minutes, { one: '# minute', other: '# minutes' })}.`,
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
    done: ({ until }: { until: string }) => `Staying late until ${until}. Reminders resume then.`,
  },
  nextMorning: {
    question: {
      lock: ({ time }: { time: string }) =>
        `You locked the screen at ${time} — is that when you left?`,
      suspend: ({ time }: { time: string }) =>
        `Your computer went to sleep at ${time} — is that when you left?`,
      shutdown: ({ time }: { time: string }) =>
        `Your computer shut down at ${time} — is that when you left?`,
      idle: ({ time }: { time: string }) =>
        `You were last active at ${time} — is that when you left?`,
      quit: ({ time }: { time: string }) =>
        `Sundown was closed at ${time} — is that when you left?`,
      inferred: ({ time }: { time: string }) =>
        `Sundown last saw you at ${time}, then was not running — is that when you left?`,
      ritual: ({ time }: { time: string }) => `Your day ended at ${time} — is that when you left?`,
      manual: ({ time }: { time: string }) => `Your day ended at ${time} — is that when you left?`,
    } satisfies Record<LeftSource, (values: { time: string }) => string>,
    yesterday: 'Yesterday',
    onDay: ({ day }: { day: string }) => `On ${day}`,
    confirm: "Yes, that's right",
    correct: 'No, correct it',
    correctLabel: 'I left at',
    saveCorrection: 'Save',
    needsTime: 'Enter the time you left.',
    confirmed: 'Thanks — noted.',
    corrected: ({ time }: { time: string }) => `Noted: you left at ${time}.`,
  },
  carriedOver: {
    title: 'Carried over',
    firstTask: 'Start with',
    openLoops: 'Parked loops',
  },
  undelivered:
    'A reminder could not be shown as a notification. Check that your system allows notifications from Sundown.',
} as const
