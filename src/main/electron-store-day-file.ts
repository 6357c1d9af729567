/** One file of day events (a year file or the journal): opened validated, held in memory, written whole from memory. */
import * as v from 'valibot'
import type { DayEvent, LocalDate } from '../core'
import { DayEventSchema, LocalDateSchema, MAX_EVENTS_PER_DAY } from '../shared/day-event-schema'
import { openValidatedStore, type StoreFileOptions } from './electron-store-validated'

/** A day file's days, and the one way to change them. */
export interface DayFile {
  /** The file's days as they are on disk. */
  readonly days: ReadonlyMap<LocalDate, readonly DayEvent[]>
  /** Writes `next` as the file's whole content in one atomic write (temp file, fsync, rename), then holds it. */
  save(next: ReadonlyMap<LocalDate, readonly DayEvent[]>): void
}

/** What one day file holds: its name, and which dates may be in it. */
export interface DayFileShape {
  /** The file is `<name>.json`. */
  name: string
  /** Whether a date belongs in this file (a year file holds its year only); any date when absent. */
  holds?: (date: LocalDate) => boolean
}

/** Opens `<name>.json` of `{ days: { [date]: events } }`, moving a damaged file aside first. */
export function openDayFile(options: StoreFileOptions, shape: DayFileShape): DayFile {
  const { holds = () => true } = shape
  const schema = v.strictObject({
    days: v.record(
      v.pipe(
        LocalDateSchema,
        v.check((date) => holds(date), `A date that does not belong in ${shape.name}.`),
      ),
      v.pipe(v.array(DayEventSchema), v.maxLength(MAX_EVENTS_PER_DAY)),
    ),
  })
  const { store, value } = openValidatedStore({
    ...options,
    name: shape.name,
    parse: (content) => {
      const parsed = v.safeParse(schema, content)
      return parsed.success ? new Map(Object.entries(parsed.output.days)) : null
    },
    empty: () => new Map<LocalDate, DayEvent[]>(),
  })
  let days: ReadonlyMap<LocalDate, readonly DayEvent[]> = value
  return {
    get days() {
      return days
    },
    save(next) {
      // Written from memory: conf's keyed set would re-read and re-parse the whole file first.
      // Held only once written, so a failed write leaves memory as the disk is.
      store.store = { days: Object.fromEntries(next) }
      days = next
    },
  }
}
