/** Durations in words: "1 h 12 min", "45 min", "2 h", in the user's language. */
import type { Messages } from '../../../shared/messages'
import { durationText } from '../../../shared/messages/duration'

/** A whole number of minutes as hours and minutes, dropping a zero part. */
export function formatDuration(totalMinutes: number, m: Pick<Messages, 'common'>): string {
  return durationText(totalMinutes, m)
}
