/** The heartbeat: a sign of life while a day's verdict is open, so a day the app did not see end can still be judged. */
import type { Clock } from './clock'

/** What the heartbeat needs: a clock, whether today's verdict is open, and where to put a beat. */
export interface HeartbeatOptions {
  clock: Pick<Clock, 'now'>
  intervalMs?: number
  isOpen: () => boolean
  /** Stores the beat; the caller keeps one overwritten "last heartbeat", not an event per beat. */
  beat: (at: number) => void
}

/** The heartbeat. It keeps no timer: the scheduler's watchdog ticks and every change of the day drive it. */
export interface Heartbeat {
  /** Beats now if the verdict is open and a beat is due: the first one, a full interval on, or after the clock went back. */
  maybeBeat(): void
}

/** Creates the heartbeat; it does nothing until the first `maybeBeat`. */
export function createHeartbeat({
  clock,
  intervalMs = 5 * 60_000,
  isOpen,
  beat,
}: HeartbeatOptions): Heartbeat {
  let lastBeatAt: number | null = null

  return {
    maybeBeat() {
      if (!isOpen()) return
      const now = clock.now()
      // A clock set backwards leaves the last beat in the future; beat rather than fall silent.
      const due = lastBeatAt === null || now - lastBeatAt >= intervalMs || now < lastBeatAt
      if (!due) return
      lastBeatAt = now
      beat(now)
    },
  }
}
