/** Presence from the OS: powerMonitor's sleep, lock and shutdown signals, and idle time polled only while it matters. */
import type { AwayReason, BackReason } from '../core'
import type { Clock } from './clock'

/** The parts of Electron's `powerMonitor` this module uses. */
export interface PowerMonitorSource {
  on(event: string, listener: () => void): unknown
  removeListener(event: string, listener: () => void): unknown
  getSystemIdleTime(): number
}

/** Which way presence changed, and why. */
export type PresenceKind =
  { type: 'away'; reason: AwayReason } | { type: 'back'; reason: BackReason }

/** A presence event for the caller to store as a day event (the caller adds its id). */
export type PresenceSignal = PresenceKind & { at: number }

/** Whether the OS reports idle time this app can trust. */
export type IdleDetection = 'available' | 'unavailable'

/** Whether idle time can be trusted: known at launch, and lost for the run once Linux reads only zeros. */
export interface IdleDetectionState {
  current(): IdleDetection
  lose(): void
}

/** Wayland gives X11's idle query nothing to read (Electron reports 0 forever): unavailable from the start. */
export function createIdleDetection(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): IdleDetectionState {
  let detection: IdleDetection =
    platform === 'linux' && env['XDG_SESSION_TYPE'] === 'wayland' ? 'unavailable' : 'available'
  return { current: () => detection, lose: () => void (detection = 'unavailable') }
}

/** What presence needs: the OS signals, a clock, where to put events, and when idle time matters. */
export interface PresenceOptions {
  powerMonitor: PowerMonitorSource
  clock: Pick<Clock, 'now'>
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  /** Stores the signal; storing it is what tells the rest of the app (a re-plan, the windows). */
  record: (signal: PresenceSignal) => void
  /** Idle time turned out unreadable (Linux with no idle source): nothing is recorded, yet today's state changed. */
  onIdleDetectionChange?: (detection: IdleDetection) => void
  idle: { shouldWatch: () => boolean; awayThresholdMinutes: () => number }
  /** Shared with whoever shows it (the day's state); made from `platform` and `env` when not given. */
  detection?: IdleDetectionState
  /** Consecutive exact-zero readings after which Linux idle time counts as broken. */
  zeroPollsForUnavailable?: number
}

/** The running presence adapter. */
export interface Presence {
  /** Whether idle time can be trusted here; when not, lock, sleep and the user's word must do. */
  idleDetection(): IdleDetection
  /** Starts watching idle time while `shouldWatch()` holds, with a first reading now. */
  startIdleWatch(): void
  /** Stops watching; later polls read nothing. */
  stopIdleWatch(): void
  /** Whether idle time is being watched: the caller then polls once a minute. */
  isWatchingIdle(): boolean
  /**
   * Reads idle time once, if watching. It keeps no timer: the caller polls from a timer it
   * already has (the scheduler's watchdog ticks), so idle watching costs no wakeup of its own.
   */
  pollIdle(): void
  /** Stops polling and removes every powerMonitor listener this adapter added. */
  dispose(): void
}

type Platforms = readonly NodeJS.Platform[] | 'all'

/** Electron emits each of these only on the platforms listed. */
const SIGNALS: readonly { event: string; platforms: Platforms; kind: PresenceKind }[] = [
  { event: 'suspend', platforms: 'all', kind: { type: 'away', reason: 'suspend' } },
  { event: 'resume', platforms: 'all', kind: { type: 'back', reason: 'resume' } },
  { event: 'lock-screen', platforms: ['darwin', 'win32'], kind: { type: 'away', reason: 'lock' } },
  {
    event: 'unlock-screen',
    platforms: ['darwin', 'win32'],
    kind: { type: 'back', reason: 'unlock' },
  },
  { event: 'shutdown', platforms: ['darwin', 'linux'], kind: { type: 'away', reason: 'shutdown' } },
  {
    event: 'user-did-resign-active',
    platforms: ['darwin'],
    kind: { type: 'away', reason: 'lock' },
  },
  {
    event: 'user-did-become-active',
    platforms: ['darwin'],
    kind: { type: 'back', reason: 'active' },
  },
]

/** Subscribes to the platform's presence signals; idle polling waits for `startIdleWatch`. */
export function setupPresence(options: PresenceOptions): Presence {
  const { powerMonitor, clock, platform, env, record, idle } = options
  const zeroPollsForUnavailable = options.zeroPollsForUnavailable ?? 10
  const detection = options.detection ?? createIdleDetection(platform, env)
  let watching = false
  let idleAway = false
  let zeroPolls = 0

  function emit(kind: PresenceKind, at: number): void {
    record({ ...kind, at })
  }

  const subscriptions = SIGNALS.filter(
    ({ platforms }) => platforms === 'all' || platforms.includes(platform),
  ).map(({ event, kind }) => {
    const listener = (): void => {
      // A firm return ends an idle stretch too; a later idle drop must not log a second return.
      if (kind.type === 'back') idleAway = false
      emit(kind, clock.now())
    }
    powerMonitor.on(event, listener)
    return { event, listener }
  })

  function stopIdleWatch(): void {
    watching = false
  }

  /** A genuine reading is 0 only with input in the last second; ten in a row means no reading. */
  function readingIsBroken(idleSeconds: number): boolean {
    if (platform !== 'linux') return false
    zeroPolls = idleSeconds === 0 ? zeroPolls + 1 : 0
    return zeroPolls >= zeroPollsForUnavailable
  }

  function poll(): void {
    if (!watching || detection.current() === 'unavailable' || !idle.shouldWatch()) {
      return stopIdleWatch()
    }
    const idleSeconds = powerMonitor.getSystemIdleTime()
    const now = clock.now()
    if (readingIsBroken(idleSeconds)) {
      detection.lose()
      stopIdleWatch()
      options.onIdleDetectionChange?.(detection.current())
      return
    }
    const thresholdSeconds = idle.awayThresholdMinutes() * 60
    // Both instants are the last input: away from when idle began, back from when it ended.
    const lastInputAt = now - idleSeconds * 1000
    if (!idleAway && idleSeconds >= thresholdSeconds) {
      idleAway = true
      emit({ type: 'away', reason: 'idle' }, lastInputAt)
    } else if (idleAway && idleSeconds < thresholdSeconds) {
      idleAway = false
      emit({ type: 'back', reason: 'input' }, lastInputAt)
    }
  }

  return {
    idleDetection: detection.current,
    startIdleWatch() {
      if (watching) return
      watching = true
      poll()
    },
    stopIdleWatch,
    isWatchingIdle: () => watching && detection.current() === 'available',
    pollIdle: poll,
    dispose() {
      stopIdleWatch()
      for (const { event, listener } of subscriptions) powerMonitor.removeListener(event, listener)
    },
  }
}
