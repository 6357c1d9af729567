/** Puts keyboard focus on a view's first control when it opens, so the keyboard works at once. */
import { useLayoutEffect, type RefObject } from 'react'

const CONTROLS = [
  'button:not(:disabled)',
  'input:not(:disabled):not([type="hidden"])',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

/** Focuses the first enabled control inside `container`, if any. */
export function focusFirstControl(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>(CONTROLS)?.focus()
}

/**
 * Focuses the first control once `ready`, and again each time the window is shown:
 * the popover's window is kept and re-shown, and each opening should start at the top.
 */
export function useFocusFirstControl(
  container: RefObject<HTMLElement | null>,
  ready: boolean,
): void {
  // Before the first paint, so the window is usable the moment it shows.
  useLayoutEffect(() => {
    if (!ready) return
    focusFirstControl(container.current)
    const onVisible = () => {
      if (document.visibilityState === 'visible') focusFirstControl(container.current)
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [container, ready])
}
