/**
 * The device in use: prompts show only there. Of the work devices not away now, the one whose
 * latest sign of presence (a return, a check-in, an answer…) is the latest; a tie goes to the
 * smaller device id, so every device that has synced the same events names the same one.
 * A device that is locked, idle, suspended or shut down is away and never prompts; a personal
 * device never prompts. A device without any sign of presence today is not in use, but prompts
 * when no other work device is (as a single machine always has). Presence stamps come from each
 * device's own clock: when the user switches machines within the clocks' skew, the previous one
 * may stay "in use" for at most that skew, until the next sign of presence.
 */
import type { DeviceId, DeviceRoles } from './devices'
import type { DayEvent } from './events'
import { countsAsWork, mergedPresence, type MergedPresence } from './merged-presence'

/** The work device in use as of the last of `events` (time-ordered, known so far), or null when none is. */
export function deviceInUse(events: readonly DayEvent[], roles: DeviceRoles): DeviceId | null {
  return inUseOf(mergedPresence(events, roles))
}

function inUseOf({ byDevice }: MergedPresence): DeviceId | null {
  let inUse: { device: DeviceId; lastSeenAt: number } | null = null
  for (const [device, timeline] of byDevice) {
    const lastSeenAt = timeline.activeAt.at(-1)
    if (timeline.awayAtEnd || lastSeenAt === undefined) continue
    const later =
      inUse === null ||
      lastSeenAt > inUse.lastSeenAt ||
      (lastSeenAt === inUse.lastSeenAt && device < inUse.device)
    if (later) inUse = { device, lastSeenAt }
  }
  return inUse?.device ?? null
}

/**
 * Whether this device (`roles.self`) may prompt now, from the events known so far: not when it
 * is personal, not while it is away, and not while another work device is in use.
 */
export function promptsHere(events: readonly DayEvent[], roles: DeviceRoles): boolean {
  if (!countsAsWork(roles.self, roles)) return false
  const presence = mergedPresence(events, roles)
  if (presence.byDevice.get(roles.self)?.awayAtEnd) return false
  const inUse = inUseOf(presence)
  return inUse === null || inUse === roles.self
}
