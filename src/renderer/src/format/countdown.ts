/** The countdown line: "Ends 17:30 · in 1 h 12 min", "Wind down — 12 min left", "35 min past 17:30"… */
import type { Messages } from '../../../shared/messages'
import type { DayPhase } from './day-phase'
import { formatDuration } from './duration'
import { formatClock } from './time'

/** The one-line status of the day for a phase, times written in `zone`, words from `m`. */
export function describeCountdown(
  phase: DayPhase,
  zone: string,
  m: Pick<Messages, 'common' | 'popover'>,
): string {
  switch (phase.kind) {
    case 'day-off':
      return phase.declared ? m.popover.countdown.dayOffDeclared : m.popover.countdown.dayOff
    case 'left':
      return phase.onTime
        ? m.popover.countdown.leftOnTime({ left: formatClock(phase.leftAt, zone) })
        : m.popover.countdown.leftLate({
            left: formatClock(phase.leftAt, zone),
            late: formatDuration(phase.minutesLate, m),
          })
    case 'before':
      return m.popover.countdown.endsIn({
        end: formatClock(phase.endAt, zone),
        left: formatDuration(phase.minutesLeft, m),
      })
    case 'wind-down':
      return m.popover.countdown.windDown({ left: formatDuration(phase.minutesLeft, m) })
    case 'past':
      return phase.minutesPast === 0
        ? m.popover.countdown.endsNow({ end: formatClock(phase.endAt, zone) })
        : m.popover.countdown.past({
            past: formatDuration(phase.minutesPast, m),
            end: formatClock(phase.endAt, zone),
          })
  }
}
