/** The zone Sundown lives in: the one it started in until the OS or a window tells of another. */
import { zoneChange } from '../core'

/** The current zone and the one way to move it. */
export interface ZoneTracker {
  /** The zone in force now. */
  current(): string
  /** Takes a zone the OS or a renderer reports; true (and `onChange` called) when it is a new one. */
  observe(observed: string | null | undefined): boolean
}

/**
 * Starts in `initial` (read once at launch: Electron's main process never learns of a later
 * change by itself) and moves when `observe` is given a new zone.
 */
export function createZoneTracker(initial: string, onChange: (zone: string) => void): ZoneTracker {
  let zone = initial
  return {
    current: () => zone,
    observe(observed) {
      const next = zoneChange(zone, observed)
      if (next === null) return false
      zone = next
      onChange(zone)
      return true
    },
  }
}
