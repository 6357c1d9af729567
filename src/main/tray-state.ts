/** Where the day stands, as the tray shows it: which glyph, and the words of its tooltip. */
import { MINUTE_MS, type Instant } from '../core'
import type { TodayState } from '../shared/ipc-contract'
import type { Messages } from '../shared/messages'
import { durationText } from '../shared/messages/duration'
import { clockTime } from '../shared/format/clock-format'

/** The tray's glyphs, in the order an ordinary day passes through them. */
export type TrayGlyph = 'working' | 'wind-down' | 'past-end' | 'done' | 'day-off'

/**
 * The longest tooltip every desktop shows whole: Windows copies it into Shell_NotifyIcon's `szTip`,
 * 128 UTF-16 units with the closing NUL, and cuts the rest off unseen.
 */
export const TOOLTIP_MAX_CHARS = 127

/**
 * The tooltip's lines joined in the order given, most important first: a line that would pass
 * `maxChars` is left out with every line after it, so what shows is whole; a first line alone too
 * long is cut and ends in an ellipsis.
 */
export function fitTooltip(lines: readonly string[], maxChars = TOOLTIP_MAX_CHARS): string {
  const [first = '', ...rest] = lines
  let tooltip = first
  if (tooltip.length > maxChars) {
    let cut = maxChars - 1
    // Never split a surrogate pair: half a character would show as a box.
    if (/[\uD800-\uDBFF]/.test(tooltip.charAt(cut - 1))) cut -= 1
    return `${tooltip.slice(0, cut)}…`
  }
  for (const line of rest) {
    if (tooltip.length + 1 + line.length > maxChars) break
    tooltip = `${tooltip}\n${line}`
  }
  return tooltip
}

/** The glyph and tooltip for one moment of the day. */
export interface TrayStatus {
  glyph: TrayGlyph
  tooltip: string
}

/** The words the tray's tooltip is made of. */
export type TrayWords = Pick<Messages, 'common' | 'main'>

/** The glyph and words for an open work day, against the end in force (extended when staying late). */
function openDayStatus(today: TodayState, endAt: Instant, m: TrayWords): TrayStatus {
  // Written as the windows write it: in the state's locale and hour cycle, in the day's zone.
  const end = clockTime(endAt, today.zone, today)
  if (today.now >= endAt) {
    const minutesPast = Math.floor((today.now - endAt) / MINUTE_MS)
    const tooltip =
      minutesPast === 0
        ? m.main.tooltip.justPast({ end })
        : m.main.tooltip.past({ past: durationText(minutesPast, m), end })
    return { glyph: 'past-end', tooltip }
  }
  // Rounded up so the count never says "0 min left" before the end has come.
  const minutesLeft = Math.ceil((endAt - today.now) / MINUTE_MS)
  const left = durationText(minutesLeft, m)
  if (minutesLeft <= today.headsUpMinutes) {
    return { glyph: 'wind-down', tooltip: m.main.tooltip.windDown({ left }) }
  }
  return { glyph: 'working', tooltip: m.main.tooltip.endsIn({ end, left }) }
}

/**
 * The tray's glyph and tooltip for today, in the language of `m` and the clock of `today`: a day off, a settled day, or the
 * countdown to the end; then an undelivered reminder, then `notice` (such as a damaged file), as
 * many as fit the tooltip.
 */
export function trayStatusOf(
  today: TodayState,
  m: TrayWords,
  notice: string | null = null,
): TrayStatus {
  const { record } = today
  let status: TrayStatus
  if (!record.workday || record.endAt === null) {
    status = { glyph: 'day-off', tooltip: m.main.tooltip.dayOff }
  } else if (record.verdict === 'settled' && record.leftAt !== null) {
    const left = clockTime(record.leftAt, today.zone, today)
    // Leaving inside the grace minutes counts as on time, as the record judges it.
    const tooltip =
      record.onTime === false
        ? m.main.tooltip.leftLate({ left, late: durationText(record.minutesLate ?? 0, m) })
        : m.main.tooltip.leftOnTime({ left })
    status = { glyph: 'done', tooltip }
  } else {
    status = openDayStatus(today, record.endAt, m)
  }
  // Shown under the status when no notification path could deliver a prompt, so the tray still tells.
  const undelivered = today.undeliveredPrompt ? m.main.tooltip.undelivered : null
  const lines = [status.tooltip, undelivered, notice].filter((line) => line !== null)
  return { ...status, tooltip: fitTooltip(lines) }
}
