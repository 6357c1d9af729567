// A day on several devices written as a story: `'17:35 laptop ritual'`, read by one of the devices.
import {
  DEFAULT_SETTINGS,
  MINUTE_MS,
  addDays,
  instantAt,
  planFor,
  replayDay,
  type DayEvent,
  type DayRecord,
  type DeviceId,
  type DeviceRoles,
  type Instant,
  type PromptKind,
} from '../../src/core'

export const ZONE = 'Europe/Berlin'
/** A Tuesday: 09:00–17:30 by the default schedule. */
export const DATE = '2026-11-24'
export const SETTINGS = DEFAULT_SETTINGS
export const PLAN = planFor(SETTINGS, DATE, ZONE)

/** `HH:MM[:SS]` on DATE in Berlin; before the 04:00 rollover it is the next morning. */
export function at(time: string): Instant {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number)
  const wall = hours * 60 + minutes
  const date = wall < SETTINGS.rolloverHour * 60 ? addDays(DATE, 1) : DATE
  return instantAt(date, wall, ZONE) + seconds * 1000
}

const AWAY = ['lock', 'suspend', 'shutdown', 'idle', 'quit'] as const
const BACK = ['unlock', 'resume', 'active', 'input'] as const
const PLAIN = ['leaving-now', 'heartbeat', 'app-started', 'day-off', 'ritual-started'] as const
const isIn = <T extends string>(list: readonly T[], word: string): word is T =>
  (list as readonly string[]).includes(word)

type Body = DayEvent extends infer E ? (E extends DayEvent ? Omit<E, 'id' | 'at'> : never) : never

/** The body of one event from its kind word and argument, e.g. `ritual`, `shown end`, `corrected 17:20`. */
function body(kind: string, arg: string): Body {
  if (kind === 'ritual') return { type: 'ritual-completed' }
  if (isIn(AWAY, kind)) return { type: 'away', reason: kind }
  if (isIn(BACK, kind)) return { type: 'back', reason: kind }
  if (isIn(PLAIN, kind)) return { type: kind }
  if (kind === 'check-in') return { type: 'check-in', energy: 4, alignment: 4, note: '' }
  if (kind === 'corrected') return { type: 'leave-corrected', leftAt: at(arg) }
  if (kind === 'shown') {
    const prompt = arg as PromptKind
    return { type: 'prompt-shown', prompt, forEndAt: PLAN.endAt ?? 0, delivered: true }
  }
  throw new Error(`Unknown event kind: ${kind}`)
}

/**
 * The day's events as `self` stores them once synced: its own without a device, the others
 * stamped with theirs. `clockAheadMinutes` sets a device's clock ahead (negative: behind) of
 * the true times the story is told in; each device stamps its events by its own clock.
 */
export function dayAsSeenBy(
  self: DeviceId,
  story: readonly string[],
  clockAheadMinutes: Readonly<Record<DeviceId, number>> = {},
): DayEvent[] {
  return story.map((line, index) => {
    const [, time = '', device = '', kind = '', arg = ''] =
      /^(\S+) (\S+) (\S+) ?(.*)$/.exec(line) ?? []
    const stampedAt = at(time) + (clockAheadMinutes[device] ?? 0) * MINUTE_MS
    const id = `${device}-${String(index).padStart(2, '0')}`
    const stamp = device === self ? {} : { device }
    return { id, at: stampedAt, ...stamp, ...body(kind, arg) } as DayEvent
  })
}

/** The roles of `self` among work devices, with `personal` ones recording nothing toward work. */
export const rolesOf = (self: DeviceId, personal: DeviceId[] = []): DeviceRoles => ({
  self,
  personal: new Set(personal),
})

/** The day's record as `self` replays it once every device's events have synced. */
export function recordOn(
  self: DeviceId,
  story: string[],
  options: {
    personal?: DeviceId[]
    clockAheadMinutes?: Record<DeviceId, number>
    now?: string
  } = {},
): DayRecord {
  const events = dayAsSeenBy(self, story, options.clockAheadMinutes)
  const now = options.now === undefined ? undefined : at(options.now)
  return replayDay(PLAN, events, SETTINGS, now, rolesOf(self, options.personal))
}

/** The issue's day: the ritual on the laptop at 17:35, then mail on the home desktop 20:00–21:00. */
export const ISSUE_DAY = [
  '08:55 laptop resume',
  '09:00 laptop check-in',
  '17:35 laptop ritual',
  '17:35 laptop suspend',
  '20:00 desktop resume',
  '21:00 desktop suspend',
]
