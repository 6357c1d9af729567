// Several Sundowns in one test process, each with its own module graph (electron stand-in, stores), user-data folder and fake clock: one per computer.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'
import type { MonthSummary } from '../../src/core'
import type { CommandName, DevicesState, TodayState } from '../../src/shared/ipc-contract'
import type { DesktopPlatform } from './electron-stand-in'
import { FakeClock } from './fake-clock'
import type { ShownPrompt } from './launch-sundown'

/** One computer running Sundown: its clock, its data, its desktop (the stand-in) and its commands. */
export interface Device {
  name: string
  platform: DesktopPlatform
  clock: FakeClock
  userDataDir: string
  shown: ShownPrompt[]
  /** The value a command answers, as this device's popover would get it; a refusal throws. */
  ask<Value = unknown>(command: CommandName, payload?: unknown): Promise<Value>
  /** The user picks `folder` in the folder dialog main shows, and sync starts. */
  chooseSyncFolder(folder: string): Promise<DevicesState>
  today(): Promise<TodayState>
  month(month: string): Promise<MonthSummary>
  /** Moves this device's clock to `instant`, firing its due timers (see FakeClock.advanceTo). */
  advanceTo(instant: number): void
  /** The wall clock jumps without timers elapsing: the machine slept (see FakeClock.jumpTo). */
  jumpTo(instant: number): void
  /** The OS tells this device's main process that the screen locked, unlocked, the machine slept or woke. */
  power(event: 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume'): void
  /** Quits as the user would, then drops every listener, handler and timer. */
  quit(): void
}

/**
 * Starts Sundown on a new "computer" at `startAt`. `vi.resetModules()` gives this launch its own
 * copies of the electron stand-in (a module singleton: app, powerMonitor, dialog, ipcMain),
 * electron-store and every Sundown module, so devices share nothing but the file system.
 */
export async function launchDevice(
  name: string,
  platform: DesktopPlatform,
  startAt: number,
): Promise<Device> {
  vi.resetModules()
  const standIn = await import('./electron-stand-in')
  const launcher = await import('./launch-sundown')
  const clock = new FakeClock(startAt)
  const userDataDir = mkdtempSync(join(tmpdir(), `sundown-${name}-`))
  const shown: ShownPrompt[] = []
  // process.platform is one for the whole process: each device sets its own before it acts.
  const asThisDevice = <Result>(act: () => Result): Result => {
    standIn.setPlatform(platform)
    return act()
  }
  const sundown = asThisDevice(() =>
    launcher.launchSundown(clock, userDataDir, shown, undefined, platform),
  )
  const ask = <Value>(command: CommandName, payload?: unknown) =>
    asThisDevice(() => launcher.ask(command, payload) as Promise<Value>)
  let disposed = false
  return {
    name,
    platform,
    clock,
    userDataDir,
    shown,
    ask,
    async chooseSyncFolder(folder) {
      // The desktop's folder picker: this device's user picks `folder` (the stand-in cancels unless told).
      standIn.dialog.showOpenDialog = (...args: unknown[]) => {
        standIn.recorded.dialogs.push({ kind: 'open', options: args.at(-1) })
        return Promise.resolve({ canceled: false, filePaths: [folder] })
      }
      return ask<DevicesState>('chooseSyncFolder')
    },
    today: () => ask<TodayState>('getToday'),
    month: (month) => ask<MonthSummary>('getMonth', { month }),
    advanceTo: (instant) => asThisDevice(() => clock.advanceTo(instant)),
    jumpTo: (instant) => asThisDevice(() => clock.jumpTo(instant)),
    power: (event) => asThisDevice(() => void standIn.powerMonitor.emit(event)),
    quit() {
      if (disposed) return
      disposed = true
      asThisDevice(() => {
        standIn.app.emit('before-quit')
        sundown.dispose()
      })
    },
  }
}

/** Moves every device's clock to `instant` together, firing their timers device by device. */
export function advanceAll(devices: readonly Device[], instant: number): void {
  for (const device of devices) device.advanceTo(instant)
}
