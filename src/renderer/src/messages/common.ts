/** Words every view shares: units, loading and failure lines, window titles. */
import type { ViewName } from '../../../shared/ipc-contract'

/** Shared words; functions take the already formatted values they place. */
export const commonMessages = {
  appName: 'Sundown',
  minutes: (minutes: number) => `${minutes} min`,
  hours: (hours: number) => `${hours} h`,
  hoursAndMinutes: (hours: number, minutes: number) => `${hours} h ${minutes} min`,
  loading: 'Loading…',
  loadFailed: 'Sundown could not read today. Close this window and open it again.',
  viewFailed: 'Something went wrong showing this window. Close it and open it again.',
  genericError: 'That did not go through. Try again.',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  viewTitles: {
    popover: 'Sundown',
    ritual: 'Shutdown ritual',
    month: 'This month',
    settings: 'Settings',
  } satisfies Record<ViewName, string>,
} as const
