/** What each IPC command does: thin translations from validated payloads to the day service and stores. */
import { IpcRefusal, type CommandHandlers } from './ipc-handlers'
import {
  instantOnWorkDate,
  minutesOfTime,
  type LocalDate,
  type MonthRef,
  type MonthSummary,
  type Settings,
} from '../core'
import type { SaveResult, ViewName } from '../shared/ipc-contract'
import type { Messages } from '../shared/messages'
import type { DayService } from './day-service'

/** The outside things the commands reach. */
export interface CommandDeps {
  day: DayService
  settings: { read(): Settings; write(settings: Settings): SaveResult }
  month: (month: MonthRef) => MonthSummary
  saveMonthReview: (month: MonthRef, answer: string) => void
  views: { show(view: ViewName): void; hide(view: ViewName): void }
  transfer: {
    exportData(): Promise<{ saved: boolean; path: string | null }>
    importData(): Promise<{ imported: number; skipped: number } | { error: string }>
  }
  /** Where a zone a window reports goes: a new one moves today's end. */
  zones: { observe(zone: string): boolean }
  /** The words a refusal the user may read is given in, as they are now. */
  messages: () => Pick<Messages, 'main'>
}

const clock = (time: string) => minutesOfTime(time) ?? 0

/** Builds the handler for every command in the contract. */
export function createCommandHandlers(deps: CommandDeps): CommandHandlers {
  const { day } = deps
  const instantFor = (date: LocalDate, time: string) =>
    instantOnWorkDate(date, clock(time), day.today().zone, deps.settings.read().rolloverHour)

  return {
    getToday: () => day.today(),
    checkIn: ({ energy, alignment, note }) =>
      day.record({ type: 'check-in', energy, alignment, note: note.trim() }),
    startRitual: () => day.record({ type: 'ritual-started' }),
    answerRitualStep: ({ stepId, answer }) => day.record({ type: 'ritual-answer', stepId, answer }),
    completeRitual: () => day.record({ type: 'ritual-completed' }),
    snooze: () => day.record({ type: 'snoozed', minutes: deps.settings.read().snoozeMinutes }),
    stayLate: ({ until, reason, note }) => {
      const today = day.today()
      const untilAt = instantFor(today.plan.date, until)
      if (today.plan.endAt === null) {
        throw new IpcRefusal(`stayLate refused: ${deps.messages().main.refusals.notWorkday}`)
      }
      if (untilAt <= today.plan.endAt || untilAt >= today.plan.windowEnd) {
        const refusal = deps.messages().main.refusals.stayLateUntil({ end: today.plan.end ?? '' })
        throw new IpcRefusal(`stayLate refused: until: ${refusal}`)
      }
      return day.record({ type: 'staying-late', untilAt, reason, note: note.trim() })
    },
    declareDayOff: () => day.record({ type: 'day-off' }),
    pauseReminders: () => day.record({ type: 'reminders-paused' }),
    correctLeave: ({ date, leftAt }) => {
      const { plan } = day.dayAt(date)
      const at = instantFor(date, leftAt)
      if (at < plan.windowStart || at >= plan.windowEnd || at > day.today().now) {
        const refusal = deps.messages().main.refusals.leaveNotPassed({ time: leftAt, date })
        throw new IpcRefusal(`correctLeave refused: leftAt: ${refusal}`)
      }
      day.confirmationAnswered(date)
      return day.record({ type: 'leave-corrected', leftAt: at }, date)
    },
    confirmLeave: ({ date }) => {
      const { record } = day.dayAt(date)
      if (record.leftAt === null) {
        const refusal = deps.messages().main.refusals.nothingToConfirm({ date })
        throw new IpcRefusal(`confirmLeave refused: ${refusal}`)
      }
      day.confirmationAnswered(date)
      return day.record({ type: 'leave-corrected', leftAt: record.leftAt }, date)
    },
    getMonth: ({ month }) => deps.month(month),
    saveMonthReview: ({ month, answer }) => {
      deps.saveMonthReview(month, answer.trim())
      return deps.month(month)
    },
    getSettings: () => deps.settings.read(),
    saveSettings: (settings) => {
      const result = deps.settings.write(settings)
      if (result.ok) day.changed()
      return result
    },
    exportData: () => deps.transfer.exportData(),
    importData: async () => {
      const result = await deps.transfer.importData()
      day.changed()
      return result
    },
    openView: ({ view }) => deps.views.show(view),
    closeView: ({ view }) => deps.views.hide(view),
    reportZone: ({ zone }) => void deps.zones.observe(zone),
  }
}
