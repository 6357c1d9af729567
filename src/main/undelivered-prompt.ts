/** Whether today's prompt reached no notification display: the tray says so until the day is settled. */
import type { DayRecord } from '../core'

/** The flag, set when a prompt could not be shown and cleared by a settled day. */
export interface UndeliveredPrompt {
  /** True while a prompt of an unsettled day was not delivered. */
  current(): boolean
  /** No display took the prompt (the notifier handed it to the tray). */
  mark(): void
  /** Clears the flag once the day is settled: nothing is left to be prompted about. */
  follow(record: Pick<DayRecord, 'verdict'>): void
}

/** Starts cleared: a new run has shown nothing yet. */
export function createUndeliveredPrompt(): UndeliveredPrompt {
  let undelivered = false
  return {
    current: () => undelivered,
    mark: () => void (undelivered = true),
    follow(record) {
      if (record.verdict === 'settled') undelivered = false
    },
  }
}
