/** Runs a last step when the window closes: an IPC message sent now still reaches the main process. */
import { useLayoutEffect, useRef } from 'react'

/** Calls the latest `onPageHide` when the page is being unloaded (the window's close button, a quit). */
export function usePageHide(onPageHide: () => void): void {
  const latest = useRef(onPageHide)
  // A layout effect runs as the render commits, before the browser handles another event, so a
  // key or close that follows typing at once still sees the latest draft.
  useLayoutEffect(() => {
    latest.current = onPageHide
  })
  useLayoutEffect(() => {
    const onHide = () => latest.current()
    window.addEventListener('pagehide', onHide)
    return () => window.removeEventListener('pagehide', onHide)
  }, [])
}
