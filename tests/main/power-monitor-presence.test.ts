// Presence against the stand-in powerMonitor: each OS signal's mapping, idle from when it began, polled by the caller only in the window.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, instantAt, planFor, replayDay, type DayEvent } from '../../src/core'
import {
  setupPresence,
  type PresenceOptions,
  type PresenceSignal,
} from '../../src/main/power-monitor-presence'
import { powerMonitor, resetElectronStandIn, setPlatform } from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'

const zone = 'Europe/Berlin'
const date = '2026-11-24'
const at = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, zone)
}

afterEach(() => resetElectronStandIn())

/** Presence over the stand-in, watching idle from 17:15 with a 10-minute threshold unless told otherwise. */
function presence(overrides: Partial<PresenceOptions> = {}, startAt = at('17:15')) {
  const clock = new FakeClock(startAt)
  const recorded: PresenceSignal[] = []
  const changes: string[] = []
  const watch = { open: true }
  // The stand-in emits only what Electron emits on the platform the adapter is told it runs on.
  setPlatform((overrides.platform ?? 'darwin') as 'darwin' | 'win32' | 'linux')
  const adapter = setupPresence({
    powerMonitor,
    clock,
    platform: 'darwin',
    env: {},
    record: (signal) => void recorded.push(signal),
    onIdleDetectionChange: (detection) => void changes.push(detection),
    idle: { shouldWatch: () => watch.open, awayThresholdMinutes: () => 10 },
    ...overrides,
  })
  /** Polls on each minute until `endAt`, as the scheduler's watchdog ticks do. */
  const tickUntil = (endAt: number, idleSecondsAt: (instant: number) => number = () => 0) => {
    while (clock.now() < endAt) {
      const nextAt = Math.min(endAt, (Math.floor(clock.now() / 60_000) + 1) * 60_000)
      powerMonitor.idleSeconds = idleSecondsAt(nextAt)
      clock.advanceTo(nextAt)
      adapter.pollIdle()
    }
  }
  /** Lets minutes pass with the user's last input at `lastInputAt`, as the OS idle counter would see it. */
  const idleUntil = (endAt: number, lastInputAt: number) =>
    tickUntil(endAt, (instant) => Math.max(0, Math.floor((instant - lastInputAt) / 1000)))
  return { clock, recorded, changes, watch, adapter, idleUntil, tickUntil }
}

describe('OS signals', () => {
  const cases: [NodeJS.Platform, string, PresenceSignal['type'], string][] = [
    ['darwin', 'suspend', 'away', 'suspend'],
    ['win32', 'suspend', 'away', 'suspend'],
    ['linux', 'suspend', 'away', 'suspend'],
    ['darwin', 'resume', 'back', 'resume'],
    ['win32', 'resume', 'back', 'resume'],
    ['linux', 'resume', 'back', 'resume'],
    ['darwin', 'lock-screen', 'away', 'lock'],
    ['win32', 'lock-screen', 'away', 'lock'],
    ['darwin', 'unlock-screen', 'back', 'unlock'],
    ['win32', 'unlock-screen', 'back', 'unlock'],
    ['darwin', 'shutdown', 'away', 'shutdown'],
    ['linux', 'shutdown', 'away', 'shutdown'],
    ['darwin', 'user-did-resign-active', 'away', 'lock'],
    ['darwin', 'user-did-become-active', 'back', 'active'],
  ]
  it.each(cases)(
    '%s: %s records %s/%s now (storing it re-plans the prompts)',
    (platform, event, type, reason) => {
      const { recorded } = presence({ platform })
      powerMonitor.emit(event)
      expect(recorded).toEqual([{ type, reason, at: at('17:15') }])
    },
  )

  const absent: [NodeJS.Platform, string][] = [
    ['linux', 'lock-screen'],
    ['linux', 'unlock-screen'],
    ['win32', 'shutdown'],
    ['win32', 'user-did-resign-active'],
    ['linux', 'user-did-become-active'],
  ]
  it.each(absent)(
    '%s: does not listen for %s, which Electron never sends there',
    (platform, event) => {
      presence({ platform })
      expect(powerMonitor.listenerCount(event)).toBe(0)
    },
  )

  it('dispose removes every listener it added', () => {
    const { adapter } = presence()
    adapter.dispose()
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'shutdown'])
      expect(powerMonitor.listenerCount(event)).toBe(0)
  })
})

describe('idle', () => {
  it('records away/idle from when idle began, and back/input when the user returns', () => {
    const { adapter, recorded, idleUntil } = presence()
    adapter.startIdleWatch()
    idleUntil(at('17:40'), at('17:13'))
    expect(recorded).toEqual([{ type: 'away', reason: 'idle', at: at('17:13') }])
    idleUntil(at('17:59'), at('17:13'))
    expect(recorded).toHaveLength(1)
    idleUntil(at('18:00'), at('17:59') + 30_000)
    expect(recorded.at(-1)).toEqual({ type: 'back', reason: 'input', at: at('17:59') + 30_000 })
  })

  it('lets the real core date the departure from when idle began', () => {
    const { adapter, recorded, idleUntil } = presence()
    adapter.startIdleWatch()
    idleUntil(at('18:00'), at('17:13'))
    const events: DayEvent[] = [
      { id: 'start', at: at('09:00'), type: 'app-started' },
      ...recorded.map((signal, index) => ({ id: `p${index}`, ...signal }) as DayEvent),
    ]
    const record = replayDay(planFor(DEFAULT_SETTINGS, date, zone), events, DEFAULT_SETTINGS)
    expect(record).toMatchObject({ leftAt: at('17:13'), leftSource: 'idle', onTime: true })
  })

  it('does not read idle time while shouldWatch is false', () => {
    const read = vi.spyOn(powerMonitor, 'getSystemIdleTime')
    const { adapter, watch, tickUntil } = presence()
    watch.open = false
    adapter.startIdleWatch()
    tickUntil(at('17:30'))
    expect(adapter.isWatchingIdle()).toBe(false)
    expect(read).not.toHaveBeenCalled()
  })

  it('stops watching once shouldWatch turns false, and on stopIdleWatch', () => {
    const read = vi.spyOn(powerMonitor, 'getSystemIdleTime')
    const { adapter, watch, tickUntil } = presence()
    adapter.startIdleWatch()
    expect(adapter.isWatchingIdle()).toBe(true)
    watch.open = false
    tickUntil(at('17:20'))
    expect(adapter.isWatchingIdle()).toBe(false)
    expect(read).toHaveBeenCalledTimes(1)
    watch.open = true
    adapter.startIdleWatch()
    adapter.stopIdleWatch()
    expect(adapter.isWatchingIdle()).toBe(false)
  })

  it('keeps no timer: it reads idle time when started and on each poll it is asked for', () => {
    const read = vi.spyOn(powerMonitor, 'getSystemIdleTime')
    const { clock, adapter, tickUntil } = presence({}, at('17:15') + 12_000)
    adapter.startIdleWatch()
    tickUntil(at('17:45'))
    expect(clock.pendingCount).toBe(0)
    expect(clock.wakeups).toBe(0)
    expect(read).toHaveBeenCalledTimes(31)
  })

  it('lets a firm return end idle without a second, weaker return', () => {
    const { adapter, recorded, idleUntil } = presence()
    adapter.startIdleWatch()
    idleUntil(at('17:30'), at('17:13'))
    powerMonitor.emit('unlock-screen')
    idleUntil(at('17:35'), at('17:30'))
    expect(recorded.map((signal) => `${signal.type}/${signal.reason}`)).toEqual([
      'away/idle',
      'back/unlock',
    ])
  })
})

describe('idle detection', () => {
  it('is unavailable in a Wayland session, and never polls there', () => {
    const read = vi.spyOn(powerMonitor, 'getSystemIdleTime')
    const { adapter, tickUntil } = presence({
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland' },
    })
    expect(adapter.idleDetection()).toBe('unavailable')
    adapter.startIdleWatch()
    tickUntil(at('17:30'))
    expect(adapter.isWatchingIdle()).toBe(false)
    expect(read).not.toHaveBeenCalled()
  })

  it('is available in an X11 session and on macOS and Windows', () => {
    expect(
      presence({ platform: 'linux', env: { XDG_SESSION_TYPE: 'x11' } }).adapter.idleDetection(),
    ).toBe('available')
    resetElectronStandIn()
    expect(presence({ platform: 'win32' }).adapter.idleDetection()).toBe('available')
  })

  it('turns unavailable on Linux when idle reads exactly 0 ten polls running, and stops polling', () => {
    const { adapter, changes, recorded, tickUntil } = presence({ platform: 'linux', env: {} })
    powerMonitor.idleSeconds = 0
    adapter.startIdleWatch()
    tickUntil(at('17:23'))
    expect(adapter.idleDetection()).toBe('available')
    tickUntil(at('17:24'))
    expect(adapter.idleDetection()).toBe('unavailable')
    expect(changes).toEqual(['unavailable'])
    expect(recorded).toEqual([])
    expect(adapter.isWatchingIdle()).toBe(false)
  })

  it('stays available when a zero reading is followed by a real one', () => {
    const { adapter, idleUntil, tickUntil } = presence({ platform: 'linux', env: {} })
    adapter.startIdleWatch()
    tickUntil(at('17:20'))
    idleUntil(at('17:21'), at('17:20') + 30_000)
    tickUntil(at('17:29'))
    expect(adapter.idleDetection()).toBe('available')
  })
})
