/** Whether an observed time zone is a new one: the decision behind following the user's travel. */
import { Temporal } from 'temporal-polyfill'
import { isTimeZone } from './calendar'

/** Whether two IANA names are the same zone, aliases included (Asia/Calcutta is Asia/Kolkata). */
function sameZone(a: string, b: string): boolean {
  const at = (zone: string) => Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone)
  return at(a).equals(at(b))
}

/**
 * The zone to live in from now on, or null when `observed` changes nothing: it is missing, not a
 * zone the runtime knows (Chromium can answer `Etc/Unknown`), or the current zone under another
 * name. Today's end and the next prompt then follow from `planFor` in the returned zone.
 */
export function zoneChange(current: string, observed: string | null | undefined): string | null {
  if (!observed || observed === current || !isTimeZone(observed)) return null
  if (isTimeZone(current) && sameZone(current, observed)) return null
  return observed
}
