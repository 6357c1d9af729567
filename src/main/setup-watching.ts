/** Watching the user for the day: OS presence signals, idle time while it matters, a heartbeat while the verdict is open. */
import { powerMonitor } from 'electron'
import { idleMatters, type Settings } from '../core'
import type { TodayState } from '../shared/ipc-contract'
import type { Clock } from './clock'
import type { DayService } from './day-service'
import type { Disposers } from './disposers'
import { createHeartbeat } from './heartbeat'
import { setupPresence, type IdleDetectionState } from './power-monitor-presence'
import type { ZoneTracker } from './zone-tracker'

/** What watching reads and where it records. */
export interface WatchingWiring {
  clock: Clock
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  day: DayService
  settings: () => Settings
  detection: IdleDetectionState
  zones: ZoneTracker
  /** The OS zone as it is now, where it can be read. */
  osZone?: () => string | null
  disposers: Disposers
}

/** Watching as the scheduler and the day's listener drive it. */
export interface Watching {
  /** Whether idle time is being watched: the watchdog then ticks every minute. */
  watchingClosely(): boolean
  /** Follows a change of the day: idle watched from the wind-down while the verdict is open, a beat if due. */
  follow(today: TodayState): void
  /** Periodic work riding on the watchdog's ticks: the heartbeat, the idle poll, the OS zone. */
  tick(): void
}

/** Presence records into the day; the heartbeat beats into the app state. */
export function setupWatching(wiring: WatchingWiring): Watching {
  const { clock, day, settings, zones, osZone } = wiring
  const todayRecord = () => day.dayAt(day.dateOf(clock.now())).record
  const presence = setupPresence({
    powerMonitor,
    clock,
    platform: wiring.platform,
    env: wiring.env,
    detection: wiring.detection,
    record: (signal) => void day.record(signal),
    // Nothing is recorded, yet today's state (what the popover says about idle time) changed.
    onIdleDetectionChange: () => void day.changed(),
    idle: {
      shouldWatch: () => idleMatters(todayRecord(), settings().headsUpMinutes, clock.now()),
      awayThresholdMinutes: () => settings().awayThresholdMinutes,
    },
  })
  wiring.disposers.add(() => presence.dispose())
  // A flight usually ends in a resume: a new zone moves today's end through the zone's listeners.
  wiring.disposers.on(powerMonitor, 'resume', () => void zones.observe(osZone?.()))
  const heartbeat = createHeartbeat({
    clock,
    isOpen: () => todayRecord().verdict === 'open',
    beat: () => day.beat(),
  })
  return {
    watchingClosely: () => presence.isWatchingIdle(),
    follow(today) {
      if (idleMatters(today.record, today.headsUpMinutes, today.now)) presence.startIdleWatch()
      else presence.stopIdleWatch()
      heartbeat.maybeBeat()
    },
    tick() {
      heartbeat.maybeBeat()
      presence.pollIdle()
      zones.observe(osZone?.())
    },
  }
}
