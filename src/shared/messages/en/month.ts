/** English words of the month view: navigation, calendar, bars, figures, day detail, review and table. */
import type { DayStatus, LeftSource, StayingLateReason } from '../../../core'
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('en', value)
const days = (count: number) => plural('en', count, { one: '# day', other: '# days' })

/** The month view's English words. */
export const month = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousMonthNamed: ({ month }: { month: string }) => `Previous month, ${month}`,
  nextMonthNamed: ({ month }: { month: string }) => `Next month, ${month}`,
  arrowHint: 'Tip: ← and → move between months.',
  loading: 'Loading the month…',
  loadFailed: 'The month could not be loaded.',
  retry: 'Try again',

  calendarLabel: ({ month }: { month: string }) => `${month}, one cell per day`,
  legendLabel: 'What the colours mean',
  status: {
    'on-time': 'On time',
    'a-little-late': 'A little late',
    late: 'Late',
    'very-late': 'Very late',
    'day-off': 'Day off',
    'no-data': 'No data',
    future: 'Still to come',
  } satisfies Record<DayStatus, string>,
  statusHint: {
    'on-time': 'left within the grace time',
    'a-little-late': ({ minutes }: { minutes: string }) => `up to ${minutes} past the end`,
    late: ({ minutes }: { minutes: string }) => `up to ${minutes} past the end`,
    'very-late': ({ minutes }: { minutes: string }) => `more than ${minutes} past the end`,
  },
  dayCellLabel: ({ date, status, extra }: { date: string; status: string; extra: string }) =>
    extra ? `${date}: ${status}, ${extra}` : `${date}: ${status}`,
  minutesLateShort: ({ duration }: { duration: string }) => `${duration} late`,

  empty: ({ month }: { month: string }) => `Nothing recorded in ${month}.`,
  emptyHint:
    'Days fill in here once Sundown has seen one end — by the ritual, or by noticing you leave.',
  emptyFuture: ({ month }: { month: string }) => `${month} hasn't started yet.`,

  barsTitle: 'Minutes past the end, per day',
  barsLegendLate: 'Past the end',
  barsLegendAfterHours: 'After-hours (back at the desk later)',
  barsOnTimeMark: 'On time',
  barsNote: 'The same numbers are in the table below.',

  figuresTitle: 'This month in numbers',
  onTimeRate: 'On time',
  onTimeRateDetail: ({ onTime, judged }: { onTime: number; judged: number }) =>
    `${n(onTime)} of ${days(judged)}`,
  averageLate: 'Average past the end',
  averageLateDetail: 'over days with a verdict',
  afterHours: 'After-hours',
  afterHoursDetail: 'at the desk after leaving',
  currentStreak: 'Current streak',
  streakDays: ({ count }: { count: number }) => days(count),
  longestStreakDetail: ({ longest }: { longest: string }) =>
    `on time in a row; longest this month: ${longest}`,
  energy: 'Energy',
  alignment: 'Alignment',
  outOfFive: ({ value }: { value: string }) => `${value} / 5`,
  checkInsDetail: ({ count }: { count: number }) =>
    `from ${plural('en', count, { one: '# check-in', other: '# check-ins' })}`,
  noValue: '—',
  deltaFromLast: ({ change }: { change: string }) => `${change} vs last month`,
  deltaSame: 'same as last month',
  deltaNone: 'nothing to compare with last month',
  deltaPoints: ({ points }: { points: string }) => `${points} pts`,

  weekdaysTitle: 'By weekday',
  weekdayRow: ({ weekday, onTime, judged }: { weekday: string; onTime: number; judged: number }) =>
    judged === 0
      ? `${weekday}: no days judged`
      : `${weekday}: ${n(onTime)} of ${n(judged)} on time`,
  weekdayNone: 'no days',

  detailTitle: 'Day detail',
  detailHint: 'Hover over a day, or focus one with Tab, to see it here.',
  plannedEnd: 'Planned end',
  extendedEnd: 'Staying late until',
  leftAt: 'Left at',
  source: 'How Sundown knows',
  minutesLate: 'Past the end',
  afterHoursLabel: 'After-hours',
  /** Which device saw the leave, after its time: "17:35 · on Laptop". */
  leftOnDevice: ({ device }: { device: string }) => `on ${device}`,
  /** One device's share of the after-hours: "Desktop 1 h". */
  deviceMinutes: ({ device, duration }: { device: string; duration: string }) =>
    `${device} ${duration}`,
  anotherDevice: 'another device',
  leftOnAnotherDevice: 'on another device',
  plannedOvertime: 'Planned overtime',
  stayingLateReason: 'Reason for staying late',
  season: 'Season',
  checkIns: 'Check-ins',
  noCheckIns: 'No check-ins.',
  checkInLine: ({ time, energy, alignment }: { time: string; energy: number; alignment: number }) =>
    `${time} — energy ${n(energy)}/5, alignment ${n(alignment)}/5`,
  notWorkday: 'Not a workday.',
  notYet: 'Not yet.',
  unknown: 'Not known.',
  sourceLabel: {
    ritual: 'the shutdown ritual',
    manual: 'corrected by you',
    lock: 'detected: the screen locked',
    suspend: 'detected: the computer went to sleep',
    shutdown: 'detected: the computer shut down',
    idle: 'detected: no activity',
    quit: 'detected: Sundown was quit',
    inferred: 'inferred from the last sign of activity',
  } satisfies Record<LeftSource, string>,
  detectedBefore: ({ time, how }: { time: string; how: string }) => `Sundown had ${time} (${how}).`,
  reasonLabel: {
    deadline: 'a deadline',
    meeting: 'a meeting',
    'chose-to': 'chose to',
    caring: 'caring for someone',
    other: 'other',
  } satisfies Record<StayingLateReason, string>,

  correctTitle: 'Correct the leave time',
  correctLabel: ({ date }: { date: string }) => `When did you leave on ${date}?`,
  correctHint: 'A time before the day rollover counts as the next morning.',
  correctSave: 'Save leave time',
  correctSaving: 'Saving…',
  correctSaved: 'Saved. The month now uses your time.',
  correctEmpty: 'Enter a time first.',
  correctFailed: 'Sundown could not save that time.',

  reviewTitle: 'Month-end review',
  reviewQuestion: "Does this month's shape still fit you?",
  reviewHint: 'A few words for yourself: what to keep, what to change, which season you are in.',
  reviewSave: 'Save review',
  reviewSaving: 'Saving…',
  reviewSaved: 'Saved.',
  reviewEmpty: 'Write a few words first.',
  reviewFailed: 'The review could not be saved.',

  tableSummary: 'Show the days as a table',
  tableCaption: ({ month }: { month: string }) =>
    `Every day of ${month}: status, plan, leave time and minutes`,
  tableDate: 'Date',
  tableStatus: 'Status',
  tablePlannedEnd: 'Planned end',
  tableLeftAt: 'Left at',
  tableMinutesLate: 'Minutes late',
  tableAfterHours: 'After-hours minutes',
  tableTotal: 'Total',
} as const
