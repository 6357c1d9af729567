/** What each IPC command does: thin translations from validated payloads to the day service and stores. */
import type { CommandHandlers } from './ipc-handlers'
import {
  instantOnWorkDate,
  minutesOfTime,
  type LocalDate,
  type MonthRef,
  type MonthSummary,
  type Settings,
} from '../core'
import type { DevicesState, SaveResult, ViewName } from '../shared/ipc-contract'
import {
  done,
  refused,
  refusedFields,
  type ImportProblem,
  type IpcResult,
} from '../shared/ipc-result'
import type { DayService } from './day-service'

/** What an import answers: counts of events added and already present, or why nothing changed. */
export type ImportOutcome = { imported: number; skipped: number } | { problem: ImportProblem }

/** The outside things the commands reach. */
export interface CommandDeps {
  day: DayService
  settings: { read(): Settings; write(settings: Settings): SaveResult }
  month: (month: MonthRef) => MonthSummary
  saveMonthReview: (month: MonthRef, answer: string) => void
  views: { show(view: ViewName): void; hide(view: ViewName): void }
  transfer: {
    exportData(): Promise<{ saved: boolean; path: string | null }>
    importData(): Promise<ImportOutcome>
  }
  /** Where a zone a window reports goes: a new one moves today's end. */
  zones: { observe(zone: string): boolean }
  devices: DeviceCommands
}

/** The Devices section's commands: the sync folder and this device's description. */
export interface DeviceCommands {
  state(): DevicesState
  /** Shows a folder picker; a cancel answers the state unchanged. */
  chooseFolder(): Promise<IpcResult<DevicesState>>
  stop(): DevicesState
  saveThisDevice(device: { name: string; countsAsWork: boolean }): DevicesState
}

const clock = (time: string) => minutesOfTime(time) ?? 0

/** Builds the handler for every command in the contract. */
export function createCommandHandlers(deps: CommandDeps): CommandHandlers {
  const { day } = deps
  const instantFor = (date: LocalDate, time: string) =>
    instantOnWorkDate(date, clock(time), day.today().zone, deps.settings.read().rolloverHour)

  return {
    getToday: () => done(day.today()),
    checkIn: ({ energy, alignment, note }) =>
      done(day.record({ type: 'check-in', energy, alignment, note: note.trim() })),
    startRitual: () => done(day.record({ type: 'ritual-started' })),
    answerRitualStep: ({ stepId, answer }) =>
      done(day.record({ type: 'ritual-answer', stepId, answer })),
    completeRitual: () => done(day.record({ type: 'ritual-completed' })),
    snooze: () =>
      done(day.record({ type: 'snoozed', minutes: deps.settings.read().snoozeMinutes })),
    stayLate: ({ until, reason, note }) => {
      const today = day.today()
      const untilAt = instantFor(today.plan.date, until)
      if (today.plan.endAt === null) return refused({ code: 'not-workday' })
      if (untilAt <= today.plan.endAt || untilAt >= today.plan.windowEnd) {
        return refusedFields({
          field: 'until',
          problem: { code: 'not-after-end', end: today.plan.end ?? '' },
        })
      }
      return done(day.record({ type: 'staying-late', untilAt, reason, note: note.trim() }))
    },
    declareDayOff: () => done(day.record({ type: 'day-off' })),
    pauseReminders: () => done(day.record({ type: 'reminders-paused' })),
    correctLeave: ({ date, leftAt }) => {
      const { plan } = day.dayAt(date)
      const at = instantFor(date, leftAt)
      if (at < plan.windowStart || at >= plan.windowEnd || at > day.today().now) {
        return refusedFields({
          field: 'leftAt',
          problem: { code: 'not-passed', time: leftAt, date },
        })
      }
      day.confirmationAnswered(date)
      return done(day.record({ type: 'leave-corrected', leftAt: at }, date))
    },
    confirmLeave: ({ date }) => {
      const { record } = day.dayAt(date)
      if (record.leftAt === null) return refused({ code: 'nothing-to-confirm', date })
      day.confirmationAnswered(date)
      return done(day.record({ type: 'leave-corrected', leftAt: record.leftAt }, date))
    },
    getMonth: ({ month }) => done(deps.month(month)),
    saveMonthReview: ({ month, answer }) => {
      deps.saveMonthReview(month, answer.trim())
      return done(deps.month(month))
    },
    getSettings: () => done(deps.settings.read()),
    saveSettings: (settings) => {
      const written = deps.settings.write(settings)
      if (!written.ok) return refusedFields(...written.errors)
      day.changed()
      return done(null)
    },
    exportData: async () => done(await deps.transfer.exportData()),
    importData: async () => {
      const outcome = await deps.transfer.importData()
      day.changed()
      return 'problem' in outcome ? refused(outcome.problem) : done(outcome)
    },
    openView: ({ view }) => {
      deps.views.show(view)
      return done(null)
    },
    closeView: ({ view }) => {
      deps.views.hide(view)
      return done(null)
    },
    reportZone: ({ zone }) => {
      deps.zones.observe(zone)
      return done(null)
    },
    getDevices: () => done(deps.devices.state()),
    chooseSyncFolder: () => deps.devices.chooseFolder(),
    stopSync: () => done(deps.devices.stop()),
    saveThisDevice: (device) => done(deps.devices.saveThisDevice(device)),
  }
}
