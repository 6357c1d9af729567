/** What one read of other devices' files changes here: their events merged, their roles remembered, damaged files reported. */
import type { LocalDate } from '../core'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { JournaledDayEventStore } from './electron-store-day-journal'
import type { Logger } from './logger'
import { rememberDevices, type createSyncProblems } from './sync-devices-state'
import type { RemoteFindings, SettingsCopy } from './sync-remote-files'

/** Where findings go. */
export interface FindingsDeps {
  days: Pick<JournaledDayEventStore, 'mergeRecent'>
  today: () => LocalDate
  identity: DeviceIdentityStore
  problems: ReturnType<typeof createSyncProblems>
  logger: Logger
  weighSettings: (copies: SettingsCopy[]) => void
}

/** Takes in what a read found; true when the merged record changed (new events, a device's role). */
export function takeFindings(found: RemoteFindings, deps: FindingsDeps): boolean {
  const { problems } = deps
  let recordChanged = false
  if (found.days.length > 0) {
    // Recent days go into the journal: a remote event costs a few kilobytes written, not a year file.
    recordChanged = deps.days.mergeRecent(found.days, deps.today()).imported > 0
  }
  if (found.devices.length > 0) {
    recordChanged = rememberDevices(deps.identity, found.devices) || recordChanged
  }
  for (const damaged of found.damaged) {
    deps.logger.warn(`Another device's file could not be read; a copy is in ${damaged.movedTo}`)
    problems.add({ kind: 'damaged-file', ...damaged })
  }
  if (found.healed.length > 0) {
    problems.clear(
      (problem) => problem.kind !== 'damaged-file' || !found.healed.includes(problem.file),
    )
  }
  deps.weighSettings(found.settings)
  return recordChanged
}
