/** What the Devices section shows, and which devices count as work, from the identity file and the problems seen. */
import type { DeviceId, DeviceRoles, Instant } from '../core'
import type { DeviceSummary, DevicesState, SyncProblem } from '../shared/devices-state'
import type { DeviceIdentity, DeviceIdentityStore } from './electron-store-device-identity'

/** The problems of the folder, each kept once and dropped when it clears. */
export function createSyncProblems() {
  let problems: SyncProblem[] = []
  const sameAs = (a: SyncProblem, b: SyncProblem) =>
    a.kind === b.kind && (a.kind !== 'damaged-file' || (b.kind === a.kind && a.file === b.file))
  return {
    list: (): SyncProblem[] => problems.map((problem) => ({ ...problem })),
    /** Adds a problem; false when the same one is already there (it was told already). */
    add(problem: SyncProblem): boolean {
      if (problems.some((known) => sameAs(known, problem))) return false
      problems = [...problems, problem]
      return true
    },
    clear(keep: (problem: SyncProblem) => boolean): boolean {
      const before = problems.length
      problems = problems.filter(keep)
      return problems.length !== before
    },
  }
}

/** How the core reads the merged day: this device, and the devices marked personal. */
export function rolesOf(identity: DeviceIdentity): DeviceRoles {
  const personal = new Set<DeviceId>(
    Object.entries(identity.knownDevices)
      .filter(([, device]) => !device.countsAsWork)
      .map(([id]) => id),
  )
  if (!identity.countsAsWork) personal.add(identity.id)
  return { self: identity.id, personal }
}

/** The Devices section's state. */
export function devicesStateOf(
  identity: DeviceIdentity,
  facts: {
    platform: string
    status: DevicesState['status']
    lastSeenAt: Instant | null
    lastSyncAt: Instant | null
    problems: SyncProblem[]
  },
): DevicesState {
  const others: DeviceSummary[] = Object.entries(identity.knownDevices)
    .filter(([id]) => id !== identity.id)
    .map(([id, device]) => ({ id, ...device }))
    .sort((a, b) => (b.lastSeenAt ?? -1) - (a.lastSeenAt ?? -1))
  return {
    thisDevice: {
      id: identity.id,
      name: identity.name,
      platform: facts.platform,
      countsAsWork: identity.countsAsWork,
      lastSeenAt: facts.lastSeenAt,
    },
    folder: identity.folder,
    status: identity.folder === null ? 'off' : facts.status,
    lastSyncAt: facts.lastSyncAt,
    problems: facts.problems,
    others: identity.folder === null ? [] : others,
  }
}

/** Remembers the other devices as their device.json says; true when a device's role changed. */
export function rememberDevices(
  identity: DeviceIdentityStore,
  devices: readonly DeviceSummary[],
): boolean {
  const before = identity.read().knownDevices
  const known = { ...before }
  let rolesChanged = false
  for (const { id, ...device } of devices) {
    rolesChanged ||= (known[id]?.countsAsWork ?? true) !== device.countsAsWork
    known[id] = device
  }
  // Written only when a device said something new: every start reads every device.json.
  if (JSON.stringify(known) !== JSON.stringify(before)) identity.update({ knownDevices: known })
  return rolesChanged
}
