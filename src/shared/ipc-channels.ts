/** Channel names only, so the sandboxed preload can be generated without bundling schemas or the core. */

/** Every command name, in the contract's order; the contract checks this list against its keys. */
export const COMMAND_NAMES = [
  'getToday',
  'checkIn',
  'startRitual',
  'answerRitualStep',
  'completeRitual',
  'snooze',
  'stayLate',
  'declareDayOff',
  'pauseReminders',
  'correctLeave',
  'confirmLeave',
  'getMonth',
  'saveMonthReview',
  'getSettings',
  'saveSettings',
  'exportData',
  'importData',
  'openView',
  'closeView',
  'reportZone',
  'getDevices',
  'chooseSyncFolder',
  'stopSync',
  'saveThisDevice',
] as const

/** Pushes from main to the open views. */
export const EVENT_NAMES = ['todayChanged', 'devicesChanged'] as const

/** The IPC channel a command or push travels on. */
export const channelOf = (
  name: (typeof COMMAND_NAMES)[number] | (typeof EVENT_NAMES)[number],
): string => `sundown:${name}`
