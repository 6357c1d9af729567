/** Esc as "close this window", unless something inside (an open form) already handled it. */
import { useLayoutEffect, useRef } from 'react'

/** Calls the latest `onEscape` for an Escape key press nobody inside the page claimed with preventDefault. */
export function useEscape(onEscape: () => void): void {
  const latest = useRef(onEscape)
  // A layout effect runs as the render commits, before the browser handles another event, so a
  // key or close that follows typing at once still sees the latest draft.
  useLayoutEffect(() => {
    latest.current = onEscape
  })
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return
      event.preventDefault()
      latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
