/** The tray's context menu as a template: every action the app has, so Linux needs no clicks. */
import type { MenuItemConstructorOptions } from 'electron'
import type { TodayState } from '../shared/ipc-contract'

/** What each menu item does; the composition root wires these to windows and commands. */
export interface TrayMenuHandlers {
  checkIn(): void
  startRitual(): void
  snooze(): void
  stayLate(): void
  declareDayOff(): void
  openMonth(): void
  openSettings(): void
  pauseReminders(): void
  quit(): void
}

/** The few facts about today that change the menu; everything else leaves it alone. */
interface MenuFacts {
  dayOff: boolean
  settled: boolean
  ritualStarted: boolean
  prompting: boolean
  paused: boolean
  snoozeMinutes: number
}

function menuFactsOf(today: TodayState): MenuFacts {
  const { record } = today
  return {
    dayOff: !record.workday || record.endAt === null,
    settled: record.verdict === 'settled',
    ritualStarted: record.ritual.startedAt !== null,
    prompting: today.prompting,
    paused: record.remindersPaused,
    snoozeMinutes: today.snoozeMinutes,
  }
}

/** A key that changes exactly when the menu would: the tray rebuilds its menu only then. */
export function trayMenuKey(today: TodayState): string {
  return JSON.stringify(menuFactsOf(today))
}

/** The menu for today: labels and enabled states follow the day, Snooze appears only while prompting. */
export function trayMenuTemplate(
  today: TodayState,
  handlers: TrayMenuHandlers,
): MenuItemConstructorOptions[] {
  const facts = menuFactsOf(today)
  const dayOpen = !facts.dayOff && !facts.settled
  const snooze: MenuItemConstructorOptions[] = facts.prompting
    ? [{ label: `Snooze ${facts.snoozeMinutes} min`, click: () => handlers.snooze() }]
    : []
  return [
    { label: 'Check in…', click: () => handlers.checkIn() },
    {
      label: facts.ritualStarted && dayOpen ? 'Continue shutdown ritual' : 'Start shutdown ritual',
      enabled: dayOpen,
      click: () => handlers.startRitual(),
    },
    ...snooze,
    { label: 'Staying late…', enabled: dayOpen, click: () => handlers.stayLate() },
    { label: 'Today is a day off', enabled: !facts.dayOff, click: () => handlers.declareDayOff() },
    { type: 'separator' },
    { label: 'This month…', click: () => handlers.openMonth() },
    { label: 'Settings…', click: () => handlers.openSettings() },
    { type: 'separator' },
    {
      // Nothing is left to pause once the day is off, settled or already paused.
      label: facts.paused ? 'Reminders paused today' : 'Pause reminders today',
      enabled: dayOpen && !facts.paused,
      click: () => handlers.pauseReminders(),
    },
    { type: 'separator' },
    { label: 'Quit Sundown', click: () => handlers.quit() },
  ]
}
