/** The locale's first day of the week and weekday names, for calendars and weekday lists. */
import { dateTimeFormat, formatLocale } from '../../format/cached-format'
import type { Weekday } from '../../../../core'

const ISO_WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

interface WeekInfo {
  firstDay?: number
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

/** ISO number (1 Monday … 7 Sunday) of the locale's first weekday; Monday where the runtime cannot tell. */
export function firstDayOfWeek(locale: string = formatLocale() ?? navigator.language): number {
  try {
    const info = new Intl.Locale(locale) as LocaleWithWeekInfo
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay
    return firstDay !== undefined && firstDay >= 1 && firstDay <= 7 ? firstDay : 1
  } catch {
    return 1
  }
}

/** Weekday keys starting from the locale's first day of the week. */
export function weekdayOrder(firstDay: number = firstDayOfWeek()): Weekday[] {
  return ISO_WEEKDAYS.map((_, index) => ISO_WEEKDAYS[(firstDay - 1 + index) % 7] as Weekday)
}

/** The locale's name for a weekday; 2024-01-01 was a Monday, so day n of that week is weekday n. */
export function weekdayName(weekday: Weekday, width: 'long' | 'short' | 'narrow' = 'long'): string {
  const day = ISO_WEEKDAYS.indexOf(weekday) + 1
  return dateTimeFormat({ weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  )
}
