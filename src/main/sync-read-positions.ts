/** How far each other device's file was read, held in memory and written to the identity file on the watchdog's tick. */
import type { DeviceIdentityStore, ReadPosition } from './electron-store-device-identity'

/**
 * Read positions, kept lazily: a position lost in a crash only makes the next start read a few
 * lines again, which the union by id makes harmless, so a remote event never costs an extra write.
 */
export function createReadPositions(identity: DeviceIdentityStore) {
  const positions = new Map(Object.entries(identity.read().readPositions))
  let changed = false
  return {
    get: (key: string): ReadPosition | null => positions.get(key) ?? null,
    set(key: string, position: ReadPosition): void {
      positions.set(key, position)
      changed = true
    },
    /** Writes the positions when any moved since the last write. */
    keep(): void {
      if (!changed) return
      identity.update({ readPositions: Object.fromEntries(positions) })
      changed = false
    },
  }
}
