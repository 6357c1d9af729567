/** When Sundown must keep its timers on time for a prompt: from shortly before today's first prompt until none is left. */
import { MINUTE_MS, type Instant, type PlannedPrompt } from '../core'

/**
 * How long before the prompt window opens the app starts staying awake: two of the watchdog's
 * 5-minute ticks before the heads-up, so one late tick still leaves time.
 */
export const WAKE_LEAD_MS = 10 * MINUTE_MS

/**
 * Whether a prompt is due soon enough that macOS must not nap the app: true from `leadMs` before
 * the prompt window opens (the heads-up, or the next prompt if it comes first) for as long as a
 * prompt is still ahead today, reminders included; false once the day's prompts are settled
 * (`next` is null: left, staying-late declared and reminded, paused, away, day off, none left).
 */
export function promptIsDueSoon(
  now: Instant,
  next: PlannedPrompt | null,
  headsUpMinutes: number,
  leadMs: number = WAKE_LEAD_MS,
): boolean {
  if (next === null) return false
  const windowOpensAt = Math.min(next.at, next.forEndAt - headsUpMinutes * MINUTE_MS)
  return now >= windowOpensAt - leadMs
}
