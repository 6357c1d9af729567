// A controllable clock for main-process tests: time moves only when the test says so.
/** The clock adapters take instead of reading Date and setTimeout themselves. */
export interface TestClock {
  now(): number
  setTimeout(callback: () => void, delayMs: number): unknown
  clearTimeout(handle: unknown): void
}

interface Pending {
  id: number
  at: number
  callback: () => void
}

/** A fake clock: `advanceTo` fires due timers in order; `jumpTo` moves the wall clock without firing (sleep, clock change). */
export class FakeClock implements TestClock {
  private pending: Pending[] = []
  private nextId = 1
  /** How many timer callbacks have fired: the wakeups an idle app costs. */
  wakeups = 0
  constructor(private current: number) {}
  now = (): number => this.current
  setTimeout = (callback: () => void, delayMs: number): unknown => {
    const id = this.nextId++
    this.pending.push({ id, at: this.current + Math.max(0, delayMs), callback })
    return id
  }
  clearTimeout = (handle: unknown): void => {
    this.pending = this.pending.filter((timer) => timer.id !== handle)
  }
  /** Moves time forward, firing every timer that falls due on the way, in order. */
  advanceTo(instant: number): void {
    for (;;) {
      const due = this.pending
        .filter((timer) => timer.at <= instant)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0]
      if (!due) break
      this.pending = this.pending.filter((timer) => timer !== due)
      this.current = Math.max(this.current, due.at)
      this.wakeups++
      due.callback()
    }
    this.current = Math.max(this.current, instant)
  }
  /**
   * Moves the wall clock without timers elapsing, as sleep or a clock change
   * does: Node's timers run on a monotonic clock, so each keeps its remaining delay.
   */
  jumpTo(instant: number): void {
    const shift = instant - this.current
    this.current = instant
    this.pending = this.pending.map((timer) => ({ ...timer, at: timer.at + shift }))
  }
  /** Timers waiting to fire. */
  get pendingCount(): number {
    return this.pending.length
  }
}
