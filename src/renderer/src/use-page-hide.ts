/** Runs a last step when the window closes: an IPC message sent now still reaches the main process. */
import { useEffect, useRef } from 'react'

/** Calls the latest `onPageHide` when the page is being unloaded (the window's close button, a quit). */
export function usePageHide(onPageHide: () => void): void {
  const latest = useRef(onPageHide)
  useEffect(() => {
    latest.current = onPageHide
  })
  useEffect(() => {
    const onHide = () => latest.current()
    window.addEventListener('pagehide', onHide)
    return () => window.removeEventListener('pagehide', onHide)
  }, [])
}
