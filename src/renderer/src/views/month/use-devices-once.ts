/** The devices Sundown knows of, read once when the month window opens, to name them in a day's detail. */
import { useEffect, useState } from 'react'
import type { DevicesState } from '../../../../shared/devices-state'

/** The devices, or null until they arrive (and when they cannot be read: then no device is named). */
export function useDevicesOnce(): DevicesState | null {
  const [devices, setDevices] = useState<DevicesState | null>(null)
  useEffect(() => {
    let live = true
    window.sundown.getDevices().then(
      (result) => live && result.ok && setDevices(result.value),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return devices
}
