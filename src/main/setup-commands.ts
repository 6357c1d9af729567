/** The IPC commands wired to the day, the stores and the shell: one handler per command, from trusted senders only. */
import { ipcMain } from 'electron'
import { datesOfMonth, judgedRecords, type Settings } from '../core'
import type { Clock } from './clock'
import { createCommandHandlers, type DeviceCommands } from './command-handlers'
import { createDataTransfer } from './data-transfer-dialogs'
import type { DayService } from './day-service'
import type { Disposers } from './disposers'
import { setupIpcHandlers } from './ipc-handlers'
import type { Language } from './localization'
import type { Logger } from './logger'
import { summarizeStoredMonth } from './month-service'
import { isTrustedSender } from './secure-window'
import { rolesOf } from './sync-devices-state'
import type { Shell } from './setup-shell'
import type { Storage } from './storage'
import type { ZoneTracker } from './zone-tracker'

/** What the commands reach. */
export interface CommandWiring {
  clock: Clock
  documentsDir: string
  storage: Storage
  settings: () => Settings
  day: DayService
  zones: ZoneTracker
  language: Language
  shell: Shell
  disposers: Disposers
  /** Where a command that throws (a bug) is written down; the window gets a `failed` result. */
  logger: Logger
  devices: DeviceCommands
}

/** Registers every command's handler; the disposers remove them. */
export function setupCommands(wiring: CommandWiring): void {
  const { clock, storage, settings, day, zones, shell } = wiring
  const messages = () => wiring.language.current().messages
  const transfer = createDataTransfer(
    storage,
    clock,
    wiring.documentsDir,
    () =>
      judgedRecords(
        storage.days.allDays(),
        settings(),
        zones.current(),
        clock.now(),
        rolesOf(storage.identity.read()),
      ),
    messages,
  )
  const handlers = createCommandHandlers({
    day,
    settings: {
      read: settings,
      write: (next) => {
        // Keys the desktop refuses are refused at save, next to the field; the working ones stay.
        const refused = shell.shortcut.apply(next.shortcut)
        if (refused) return { ok: false, errors: [{ field: 'shortcut', problem: refused }] }
        const result = storage.settings.write(next)
        if (result.ok) shell.applySettings()
        else shell.shortcut.apply(settings().shortcut)
        return result
      },
    },
    month: (month) =>
      summarizeStoredMonth(
        {
          now: clock.now,
          zone: zones.current,
          settings,
          eventsFor: (date) => storage.days.eventsFor(date),
          today: () => day.dateOf(clock.now()),
          roles: () => rolesOf(storage.identity.read()),
        },
        month,
      ),
    saveMonthReview: (month, answer) =>
      void day.record({ type: 'month-reviewed', month, answer }, datesOfMonth(month).at(-1)),
    views: shell.windows,
    zones,
    transfer,
    devices: wiring.devices,
  })
  wiring.disposers.add(
    setupIpcHandlers(ipcMain, handlers, (url) => isTrustedSender(url), wiring.logger),
  )
}
