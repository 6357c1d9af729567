/** The countdown line: "Ends 17:30 · in 1 h 12 min", "Wind down — 12 min left", "35 min past 17:30"… */
import { popoverMessages } from '../messages'
import type { DayPhase } from './day-phase'
import { formatDuration } from './duration'
import { formatClock } from './time'

/** The one-line status of the day for a phase, times written in `zone`. */
export function describeCountdown(phase: DayPhase, zone: string): string {
  const m = popoverMessages.countdown
  switch (phase.kind) {
    case 'day-off':
      return phase.declared ? m.dayOffDeclared : m.dayOff
    case 'left':
      return phase.onTime
        ? m.leftOnTime(formatClock(phase.leftAt, zone))
        : m.leftLate(formatClock(phase.leftAt, zone), formatDuration(phase.minutesLate))
    case 'before':
      return m.endsIn(formatClock(phase.endAt, zone), formatDuration(phase.minutesLeft))
    case 'wind-down':
      return m.windDown(formatDuration(phase.minutesLeft))
    case 'past':
      return phase.minutesPast === 0
        ? m.endsNow(formatClock(phase.endAt, zone))
        : m.past(formatDuration(phase.minutesPast), formatClock(phase.endAt, zone))
  }
}
