/** The grow-only set of day events: every device's events, united by event id. */
import { inTimeOrder, type DayEvent } from './events'

/** A value as JSON with object keys sorted: equal for deep-equal events, whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Which of two entries with one id the union keeps: one that names its device over one that
 * does not (it says more), else the smaller canonical form. A total order, so the choice never
 * depends on which copy arrived first.
 */
function preferred(a: DayEvent, b: DayEvent): DayEvent {
  const aNamed = a.device !== undefined
  if (aNamed !== (b.device !== undefined)) return aNamed ? a : b
  return canonical(a) <= canonical(b) ? a : b
}

/**
 * The union of event sets by id, in time order. Where copies of one id differ (a device stamp
 * added, a hand-edited copy), one is kept by a fixed preference, so the union is commutative,
 * associative and idempotent: whatever order or grouping the sets arrive in, the result is the same.
 */
export function unionEvents(...sets: readonly (readonly DayEvent[])[]): DayEvent[] {
  const byId = new Map<string, DayEvent>()
  for (const set of sets) {
    for (const event of set) {
      const kept = byId.get(event.id)
      byId.set(event.id, kept === undefined ? event : preferred(kept, event))
    }
  }
  return inTimeOrder([...byId.values()])
}
