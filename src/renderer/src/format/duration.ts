/** Durations in words: "1 h 12 min", "45 min", "2 h". */
import { commonMessages } from '../messages'

/** A whole number of minutes as hours and minutes, dropping a zero part. */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes))
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return commonMessages.minutes(rest)
  if (rest === 0) return commonMessages.hours(hours)
  return commonMessages.hoursAndMinutes(hours, rest)
}
