/** Hybrid logical clock stamps: which device's copy of the shared settings is newest, despite skewed clocks. */
import type { Instant } from './calendar'
import type { DeviceId } from './devices'

/** A hybrid logical clock stamp (Kulkarni et al. 2014): wall time, a counter for ties, the device. */
export interface HlcStamp {
  wallMs: number
  counter: number
  device: DeviceId
}

// Plain code-unit order, not localeCompare: every device must rank ids the same whatever its locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Total order: wallMs, then counter, then device id. */
export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1
  return compareText(a.device, b.device)
}

/** The stamp for a local change (a settings save) at nowMs, after `last` (null: none yet). */
export function nextStamp(last: HlcStamp | null, nowMs: Instant, device: DeviceId): HlcStamp {
  if (last === null || nowMs > last.wallMs) return { wallMs: nowMs, counter: 0, device }
  // The wall clock stood still or went back: keep the last wall time and count on, never repeat.
  return { wallMs: last.wallMs, counter: last.counter + 1, device }
}

/** After seeing a remote stamp: the local clock moves past it, so the next local change outranks everything seen. */
export function receiveStamp(
  last: HlcStamp | null,
  remote: HlcStamp,
  nowMs: Instant,
  device: DeviceId,
): HlcStamp {
  const lastWallMs = last?.wallMs ?? -Infinity
  const wallMs = Math.max(lastWallMs, remote.wallMs, nowMs)
  const lastCounter = last !== null && wallMs === lastWallMs ? last.counter : -1
  const remoteCounter = wallMs === remote.wallMs ? remote.counter : -1
  // -1 + 1 = 0: the wall clock is ahead of both, so the counter starts again.
  return { wallMs, counter: Math.max(lastCounter, remoteCounter) + 1, device }
}

/** Every key sorted, so two equal values give one text whatever order their keys were written in. */
const canonicalText = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => compareText(a, b)))
      : inner,
  )

/** The copy with the highest stamp, or null for none. */
export function newestStamped<T extends { stamp: HlcStamp }>(copies: readonly T[]): T | null {
  let newest: T | null = null
  for (const copy of copies) {
    if (newest === null) {
      newest = copy
      continue
    }
    const order = compareStamps(copy.stamp, newest.stamp)
    // Equal stamps with different content (a hand-edited file, a cloned disk): the content decides,
    // so every device still picks the same copy whatever order the files arrived in.
    if (order > 0 || (order === 0 && compareText(canonicalText(copy), canonicalText(newest)) > 0)) {
      newest = copy
    }
  }
  return newest
}
