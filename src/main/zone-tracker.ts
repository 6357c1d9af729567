/** The zone Sundown lives in: the one it started in until the OS or a window tells of another. */
import { zoneChange } from '../core'

/** The current zone and the one way to move it. */
export interface ZoneTracker {
  /** The zone in force now. */
  current(): string
  /** Takes a zone the OS or a renderer reports; true (and the listeners told) when it is a new one. */
  observe(observed: string | null | undefined): boolean
  /** Tells `listener` of every new zone; returns the way to stop. */
  onChange(listener: (zone: string) => void): () => void
}

/**
 * Starts in `initial` (read once at launch: Electron's main process never learns of a later
 * change by itself) and moves when `observe` is given a new zone.
 */
export function createZoneTracker(initial: string): ZoneTracker {
  let zone = initial
  const listeners = new Set<(zone: string) => void>()
  return {
    current: () => zone,
    observe(observed) {
      const next = zoneChange(zone, observed)
      if (next === null) return false
      zone = next
      for (const listener of listeners) listener(zone)
      return true
    },
    onChange(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
