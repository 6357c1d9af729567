/** Runs a last step when the window closes: an IPC message sent now still reaches the main process. */
import { useLayoutEffect, useRef } from 'react'

/** Calls the latest `onPageHide` when the page is being unloaded (the window's close button, a quit). */
export function usePageHide(onPageHide: () => void): void {
  const latest = useRef(onPageHide)
  // Layout effects run as each render commits (Preact runs plain effects only after paint), so a
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
