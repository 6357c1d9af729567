/** English words the main process shows: the tray's menu and tooltip, notifications and dialogs (refusals are worded by the windows, in common and problems). */
import { formatNumber, plural } from '../plural'

const n = (value: number) => formatNumber('en', value)
const minutesText = (count: number) => plural('en', count, { one: '# minute', other: '# minutes' })

/** The main process's English words. */
export const main = {
  tray: {
    checkIn: 'Check in…',
    startRitual: 'Start shutdown ritual',
    continueRitual: 'Continue shutdown ritual',
    snooze: ({ minutes }: { minutes: number }) => `Snooze ${n(minutes)} min`,
    stayLate: 'Staying late…',
    dayOff: 'Today is a day off',
    thisMonth: 'This month…',
    settings: 'Settings…',
    openLogFolder: 'Open log folder',
    pauseReminders: 'Pause reminders today',
    remindersPaused: 'Reminders paused today',
    quit: 'Quit Sundown',
  },
  tooltip: {
    justPast: ({ end }: { end: string }) => `Just past ${end}`,
    past: ({ past, end }: { past: string; end: string }) => `${past} past ${end}`,
    windDown: ({ left }: { left: string }) => `Wind down — ${left} left`,
    endsIn: ({ end, left }: { end: string; left: string }) => `Ends ${end} — in ${left}`,
    dayOff: 'Day off',
    leftOnTime: ({ left }: { left: string }) => `Left ${left} — on time`,
    leftLate: ({ left, late }: { left: string; late: string }) => `Left ${left} — ${late} late`,
    undelivered: 'Reminder could not be shown',
    damaged: 'A damaged data file was moved aside',
  },
  prompts: {
    startRitual: 'Start ritual',
    snooze: 'Snooze',
    stayLate: 'Staying late',
    headsUpTitle: ({ minutes }: { minutes: number }) =>
      `${minutesText(minutes)} left — start wrapping up`,
    headsUpBody: ({ end }: { end: string }) =>
      `Your day ends at ${end}. A good moment to note where things stand.`,
    endTitle: ({ end }: { end: string }) => `It's ${end} — time to shut down`,
    endBody: 'A two-minute ritual closes the day. Snooze if you need a moment.',
    reminderTitle: ({ end }: { end: string }) => `Whenever you're ready — your day ended at ${end}`,
    reminderBody: ({ minutes }: { minutes: number }) =>
      `It has been ${minutesText(minutes)}. The ritual takes two minutes, or say you're staying late; either is fine.`,
  },
  applicationMenu: {
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    hide: 'Hide Sundown',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  dialogs: {
    damagedTitle: 'Sundown found a damaged data file',
    damagedDetail: ({ path }: { path: string }) =>
      `It was moved aside, not deleted: ${path}\nSundown started with everything it could read.`,
    startFailedTitle: 'Sundown could not start',
    startFailedDetail: ({
      path,
      error,
      logFolder,
    }: {
      path: string
      error: string
      logFolder: string
    }) =>
      `Sundown stopped while starting: ${error}\nIts data is in ${path}, and nothing was deleted. If that folder is the cause, check that it exists, that you may write to it and that the disk has room (a sync tool may also be holding a file there), then start Sundown again. The log in ${logFolder} says more.`,
    exportTitle: 'Export Sundown data',
    exportEverything: 'Everything (JSON)',
    exportDayRecords: 'Day records (CSV)',
    importTitle: 'Import Sundown data',
    importJson: 'JSON',
    syncFolderTitle: 'Choose the folder your sync service keeps in step',
    syncFolderMissingTitle: 'The sync folder is missing',
    syncFolderMissingDetail: ({ folder }: { folder: string }) =>
      `Sundown cannot reach ${folder} (an unplugged drive, an offline share, or a deleted folder). It keeps recording on this computer and catches up when the folder is back.`,
    rekeyedTitle: 'This computer now has its own device id',
    rekeyedDetail: ({ previousId }: { previousId: string }) =>
      `Another computer wrote with this computer's device id ${previousId} (a cloned disk or a restored backup). This one took a new id and published its whole history under it; nothing was lost.`,
  },
} as const
