/** Today's state from the main process, kept current by its pushes, with a local clock that ticks on the minute. */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Instant } from '../../core'
import type { SundownApi, TodayState } from '../../shared/ipc-contract'
import { useInitialToday } from './initial-today'
import { msUntilNextMinute } from './minute-clock'

/** What a view reads: the latest state (null until it arrives), the ticking clock, and a way to take a command's answer. */
export interface TodayData {
  today: TodayState | null
  /** Now, on the main process's clock, advanced locally once a minute. */
  now: Instant
  failed: boolean
  /** Takes a fresher state, such as the one a command answers with. */
  apply: (next: TodayState) => void
}

/**
 * Starts from the state fetched before the first render, if any, and asks once more (a push may
 * have come between), then follows `onTodayChanged`. Between pushes only the clock
 * moves: it keeps the offset to the main process's clock (a test's fake clock
 * included) and ticks on each minute, on window focus and when the window is
 * shown again, without asking main for anything — except once the day's window
 * has ended, when the date itself has changed.
 */
export function useToday(api: SundownApi = window.sundown): TodayData {
  const initial = useInitialToday()
  const [today, setToday] = useState<TodayState | null>(initial)
  const [now, setNow] = useState<Instant>(() => initial?.now ?? Date.now())
  const [failed, setFailed] = useState(false)
  const offset = useRef(initial === null ? 0 : initial.now - Date.now())
  const refetchedFor = useRef<Instant | null>(null)

  const apply = useCallback((next: TodayState) => {
    offset.current = next.now - Date.now()
    setToday(next)
    setNow(next.now)
    setFailed(false)
  }, [])

  useEffect(() => {
    let live = true
    let pushed = false
    const unsubscribe = api.onTodayChanged((next) => {
      pushed = true
      if (live) apply(next)
    })
    api.getToday().then(
      (result) => {
        // A push that arrived first is at least as fresh as this answer.
        if (!live || pushed) return
        if (result.ok) apply(result.value)
        else setFailed(true)
      },
      () => {
        if (live && !pushed) setFailed(true)
      },
    )
    return () => {
      live = false
      unsubscribe()
    }
  }, [api, apply])

  useEffect(() => {
    if (!today) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      const current = Date.now() + offset.current
      setNow(current)
      if (current >= today.plan.windowEnd && refetchedFor.current !== today.plan.windowEnd) {
        refetchedFor.current = today.plan.windowEnd
        api.getToday().then(
          (result) => result.ok && apply(result.value),
          () => undefined,
        )
      }
    }
    const schedule = () => {
      timer = setTimeout(
        () => {
          tick()
          schedule()
        },
        msUntilNextMinute(Date.now() + offset.current),
      )
    }
    const wake = () => {
      if (document.visibilityState === 'hidden') return
      clearTimeout(timer)
      tick()
      schedule()
    }
    schedule()
    window.addEventListener('focus', wake)
    document.addEventListener('visibilitychange', wake)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('focus', wake)
      document.removeEventListener('visibilitychange', wake)
    }
  }, [api, apply, today])

  return { today, now, failed, apply }
}
