/** Durations in words, "1 h 12 min", "45 min", "2 h", in the language of the messages given. */
import type { Messages } from './types'

/** A whole number of minutes as hours and minutes, dropping a zero part. */
export function durationText(totalMinutes: number, m: Pick<Messages, 'common'>): string {
  const minutes = Math.max(0, Math.round(totalMinutes))
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return m.common.minutes({ minutes: rest })
  if (rest === 0) return m.common.hours({ hours })
  return m.common.hoursAndMinutes({ hours, minutes: rest })
}
