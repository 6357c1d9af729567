/** The Devices section's state from main, kept current by its pushes, and its commands, which act at once. */
import { useCallback, useEffect, useState } from 'react'
import type { DevicesState, IpcResult } from '../../../../shared/ipc-contract'
import type { IpcProblem } from '../../../../shared/ipc-result'

/** What the section reads: the state (null until it arrives), whether reading failed, and `run`. */
export interface DevicesData {
  devices: DevicesState | null
  failed: boolean
  busy: boolean
  /**
   * Runs a command that answers the new state and takes it; answers the refusal (null for a
   * command that failed without one), or undefined when it went through.
   */
  run: (command: () => Promise<IpcResult<DevicesState>>) => Promise<IpcProblem | null | undefined>
}

/** Reads the devices once, then follows `onDevicesChanged`; a push that came first wins. */
export function useDevices(): DevicesData {
  const [devices, setDevices] = useState<DevicesState | null>(null)
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    let pushed = false
    const unsubscribe = window.sundown.onDevicesChanged((next) => {
      pushed = true
      if (live) setDevices(next)
    })
    window.sundown.getDevices().then(
      (result) => {
        if (!live || pushed) return
        if (result.ok) setDevices(result.value)
        else setFailed(true)
      },
      () => live && !pushed && setFailed(true),
    )
    return () => {
      live = false
      unsubscribe()
    }
  }, [])

  const run = useCallback(async (command: () => Promise<IpcResult<DevicesState>>) => {
    setBusy(true)
    try {
      const result = await command()
      if (!result.ok) return result.problem
      setDevices(result.value)
      return undefined
    } catch {
      return null
    } finally {
      setBusy(false)
    }
  }, [])

  return { devices, failed, busy, run }
}
