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
  cancel: 'Cancel',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Shutdown ritual',
    month: 'This month',
    settings: 'Settings',
  } satisfies Record<ViewName, string>,
} as const
