/** The shared settings across devices: a local save is stamped, and the copy with the highest stamp is applied here. */
import {
  DEFAULT_SETTINGS,
  compareStamps,
  newestStamped,
  nextStamp,
  receiveStamp,
  sameSharedPart,
  sharedPartOf,
  withSharedPart,
  type DeviceId,
  type HlcStamp,
  type Settings,
  type SharedSettings,
} from '../core'
import type { DeviceIdentityStore } from './electron-store-device-identity'
import type { SettingsStore } from './electron-store-settings'
import type { SettingsCopy } from './sync-remote-files'

/** Where the shared settings come from and go to. */
export interface SharedSettingsDeps {
  identity: DeviceIdentityStore
  settings: SettingsStore
  now: () => number
}

/** Stamps local saves and applies newer copies; `publish` writes this device's copy where the folder is. */
export function createSharedSettingsSync(deps: SharedSettingsDeps) {
  const { identity } = deps
  let inForce: Settings = deps.settings.read()
  let applying = false
  const self = (): DeviceId => identity.read().id

  /** The copy this device publishes: the shared settings in force and their stamp. */
  function ownCopy(): SettingsCopy {
    let stamp = identity.read().settingsStamp
    if (stamp === null) {
      // Never saved since sync existed: a stamp below every real save, so a device joining with
      // defaults adopts the others' settings, and settings the user changed beat defaults.
      const changed = !sameSharedPart(inForce, DEFAULT_SETTINGS)
      stamp = { wallMs: changed ? 1 : 0, counter: 0, device: self() }
      identity.update({ settingsStamp: stamp, clockStamp: identity.read().clockStamp ?? stamp })
    }
    return { stamp, shared: { ...sharedPartOf(inForce) } }
  }

  return {
    ownCopy,
    /** After a local write: a changed shared part gets a new stamp; true when it did. */
    written(settings: Settings): boolean {
      if (applying) return false
      if (sameSharedPart(settings, inForce)) return false
      inForce = settings
      const stamp = nextStamp(identity.read().clockStamp, deps.now(), self())
      identity.update({ settingsStamp: stamp, clockStamp: stamp })
      return true
    },
    /**
     * Applies the newest of `copies` when it outranks the settings in force; true when it did.
     * A copy the settings refuse (a newer Sundown's, a hand edit) is left unapplied.
     */
    receive(copies: readonly SettingsCopy[]): { applied: boolean; refused: boolean } {
      const newest = newestStamped(copies)
      if (!newest) return { applied: false, refused: false }
      const known = identity.read()
      const clock = receiveStamp(known.clockStamp, newest.stamp, deps.now(), self())
      if (known.settingsStamp && compareStamps(newest.stamp, known.settingsStamp) <= 0) {
        if (!sameStamp(clock, known.clockStamp)) identity.update({ clockStamp: clock })
        return { applied: false, refused: false }
      }
      const current = deps.settings.read()
      const next = withSharedPart(current, newest.shared as SharedSettings)
      if (sameSharedPart(next, current)) {
        // The same settings under a higher stamp: adopted without a write, nothing to put to work.
        identity.update({ settingsStamp: newest.stamp, clockStamp: clock })
        return { applied: false, refused: false }
      }
      applying = true
      let result
      try {
        result = deps.settings.write(next)
      } finally {
        applying = false
      }
      if (!result.ok) return { applied: false, refused: true }
      inForce = deps.settings.read()
      identity.update({ settingsStamp: newest.stamp, clockStamp: clock })
      return { applied: true, refused: false }
    },
  }
}

const sameStamp = (a: HlcStamp, b: HlcStamp | null): boolean =>
  b !== null && compareStamps(a, b) === 0
