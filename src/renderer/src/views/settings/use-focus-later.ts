/** Moves keyboard focus once React has drawn the change that calls for it: an added row, a removed one. */
import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/** Returns `focusLater(find)`: after the next render, focuses what `find` returns (if anything). */
export function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null)
  const [asked, setAsked] = useState(0)
  useLayoutEffect(() => {
    const find = pending.current
    pending.current = null
    find?.()?.focus()
  }, [asked])
  return useCallback((find) => {
    pending.current = find
    setAsked((count) => count + 1)
  }, [])
}
