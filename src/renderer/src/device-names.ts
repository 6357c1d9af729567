/** A device's name as the user gave it, from the devices Sundown knows of; an unknown id has none. */
import type { DeviceId } from '../../core'
import type { DevicesState } from '../../shared/devices-state'

/** The name of `id` (this device or another in the folder), or null when no device of that id is known or named. */
export function deviceNameOf(id: DeviceId, devices: DevicesState): string | null {
  const device = [devices.thisDevice, ...devices.others].find((each) => each.id === id)
  return device?.name.trim() ? device.name : null
}
