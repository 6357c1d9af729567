/** English words every view shares: durations, loading and failure lines, window titles. */
import type { ViewName } from '../../ipc-contract'
import { formatNumber } from '../plural'

const n = (value: number) => formatNumber('en', value)

/** Shared English words. */
export const common = {
  appName: 'Sundown',
  minutes: ({ minutes }: { minutes: number }) => `${n(minutes)} min`,
  hours: ({ hours }: { hours: number }) => `${n(hours)} h`,
  hoursAndMinutes: ({ hours, minutes }: { hours: number; minutes: number }) =>
    `${n(hours)} h ${n(minutes)} min`,
  loadFailed: 'Sundown could not read today. Close this window and open it again.',
  viewFailed: 'Something went wrong showing this window. Close it and open it again.',
  genericError: 'That did not go through. Try again.',
  refusals: {
    notWorkday: 'Today is not a workday.',
    notAfterEnd: ({ end }: { end: string }) => `Pick a time after today's end (${end}).`,
    notPassed: ({ time, date }: { time: string; date: string }) =>
      `${time} is not a time on ${date} that has passed.`,
    nothingToConfirm: ({ date }: { date: string }) => `${date} has no leave time to confirm.`,
    scale: 'Use a whole number from 1 to 5.',
    textTooLong: ({ max }: { max: number }) => `Keep it under ${n(max)} characters.`,
    clockTime: 'Use a time like 17:30.',
    calendarDate: 'Use a date like 2026-11-24.',
    unknownView: 'Unknown view.',
    unknownZone: 'Unknown time zone.',
    deviceNameEmpty: 'Give this device a name.',
    syncFolderUnwritable: ({ folder }: { folder: string }) =>
      `Sundown cannot write in ${folder}. Pick a folder you can write to.`,
    notSundown: "The request did not come from Sundown's own window.",
    invalid: 'This value is not valid.',
  },
  cancel: 'Cancel',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Shutdown ritual',
    month: 'This month',
    settings: 'Settings',
  } satisfies Record<ViewName, string>,
} as const
