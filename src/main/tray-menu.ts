/** The tray's context menu as a template: every action the app has, so Linux needs no clicks. */
import type { MenuItemConstructorOptions } from 'electron'
import type { TodayState } from '../shared/ipc-contract'
import type { Messages } from '../shared/messages'

/** What each menu item does; the composition root wires these to windows and commands. */
export interface TrayMenuHandlers {
  checkIn(): void
  startRitual(): void
  snooze(): void
  stayLate(): void
  declareDayOff(): void
  openMonth(): void
  openSettings(): void
  /** Opens the folder holding the log, for attaching it to a bug report. */
  openLogFolder(): void
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

/** A key that changes exactly when the menu would (its language included): the tray rebuilds its menu only then. */
export function trayMenuKey(today: TodayState, language = ''): string {
  return JSON.stringify({ ...menuFactsOf(today), language })
}

/** The menu for today in the language of `m`: labels and enabled states follow the day, Snooze appears only while prompting. */
export function trayMenuTemplate(
  today: TodayState,
  handlers: TrayMenuHandlers,
  m: Pick<Messages, 'main'>,
): MenuItemConstructorOptions[] {
  const facts = menuFactsOf(today)
  const dayOpen = !facts.dayOff && !facts.settled
  const snooze: MenuItemConstructorOptions[] = facts.prompting
    ? [
        {
          label: m.main.tray.snooze({ minutes: facts.snoozeMinutes }),
          click: () => handlers.snooze(),
        },
      ]
    : []
  return [
    { label: m.main.tray.checkIn, click: () => handlers.checkIn() },
    {
      label: facts.ritualStarted && dayOpen ? m.main.tray.continueRitual : m.main.tray.startRitual,
      enabled: dayOpen,
      click: () => handlers.startRitual(),
    },
    ...snooze,
    { label: m.main.tray.stayLate, enabled: dayOpen, click: () => handlers.stayLate() },
    { label: m.main.tray.dayOff, enabled: !facts.dayOff, click: () => handlers.declareDayOff() },
    { type: 'separator' },
    { label: m.main.tray.thisMonth, click: () => handlers.openMonth() },
    { label: m.main.tray.settings, click: () => handlers.openSettings() },
    { label: m.main.tray.openLogFolder, click: () => handlers.openLogFolder() },
    { type: 'separator' },
    {
      // Nothing is left to pause once the day is off, settled or already paused.
      label: facts.paused ? m.main.tray.remindersPaused : m.main.tray.pauseReminders,
      enabled: dayOpen && !facts.paused,
      click: () => handlers.pauseReminders(),
    },
    { type: 'separator' },
    { label: m.main.tray.quit, click: () => handlers.quit() },
  ]
}
