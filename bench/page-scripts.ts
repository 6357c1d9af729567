/** Scripts that run inside the Chromium page for figure 5; each is serialised by Playwright, so none may use outer names. */
import type { PageData } from './renderer-fixtures'

/** The little of the DOM these scripts touch, typed here because bench/ compiles without the DOM library. */
interface PageElement {
  closest(selector: string): PageElement | null
  blur(): void
}

/** Marks the page scripts leave for the bench to read. */
export interface PageMarks {
  /** When (ms since navigation) the view became interactive, as its `PageData.ready` says. */
  interactiveAt: number | null
  /** Hands the held month summary to the page. */
  releaseMonth: (() => void) | null
}

interface PageGlobals {
  document: {
    addEventListener(
      type: string,
      listener: (event: { target: unknown }) => void,
      capture?: boolean,
    ): void
    dispatchEvent(event: unknown): boolean
    querySelector(selector: string): PageElement | null
    querySelectorAll(selector: string): { length: number }
    activeElement: PageElement | null
  }
  requestAnimationFrame(callback: () => void): number
  dispatchEvent(event: unknown): boolean
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null; close(): void }
    port2: { postMessage(message: unknown): void }
  }
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void
    disconnect(): void
  }
  Event: new (type: string, init?: { bubbles?: boolean }) => unknown
  sundown: unknown
  __bench: PageMarks
}

/** The console line the page writes when the view became interactive (repeated inside the page script, which may use no outer names). */
export const INTERACTIVE_SIGNAL = 'sundown-bench:interactive'

/** Installs a `window.sundown` answering from `data`, and the marks the bench reads. */
export function installFakeSundown(data: PageData): void {
  const signal = 'sundown-bench:interactive'
  const page = globalThis as unknown as PageGlobals
  const marks: PageMarks = { interactiveAt: null, releaseMonth: null }
  page.__bench = marks
  const { shown, focusWithin } = data.ready
  const check = (focused: PageElement | null) => {
    if (marks.interactiveAt !== null || page.document.querySelector(shown) === null) return
    if (focusWithin !== null && !focused?.closest(focusWithin)) return
    marks.interactiveAt = performance.now()
    // Tells the bench without it polling the page, which would add work to what it times.
    console.debug(signal)
  }
  // A view that focuses its first control is interactive at that focus; one that focuses nothing
  // once its data is in the DOM (a mutation observer only for those, as it adds work of its own).
  page.document.addEventListener('focusin', (event) => check(event.target as PageElement), true)
  if (focusWithin === null) {
    new page.MutationObserver(() => check(null)).observe(page.document, {
      childList: true,
      subtree: true,
    })
  }
  // Every command answers a result, as main's handlers do (src/shared/ipc-result.ts).
  const answer = <T>(value: T): Promise<{ ok: true; value: T }> =>
    Promise.resolve({ ok: true, value: structuredClone(value) })
  const api: Record<string, (payload?: { month?: string }) => unknown> = {
    getToday: () => answer(data.today),
    getSettings: () => answer(data.settings),
    onTodayChanged: () => () => undefined,
    getMonth: (payload) => {
      const summary = data.months[payload?.month ?? '']
      if (!data.holdMonth) return answer(summary)
      return new Promise((resolve) => {
        marks.releaseMonth = () => resolve({ ok: true, value: structuredClone(summary) })
      })
    },
  }
  page.sundown = new Proxy(api, {
    get: (target, name: string) => target[name] ?? (() => answer(data.today)),
  })
}

/** Makes the page look hidden, as a hidden popover window's page is; the app then drops focus. */
export function hidePage(): void {
  const page = globalThis as unknown as PageGlobals
  Object.defineProperty(page.document, 'visibilityState', { configurable: true, value: 'hidden' })
  Object.defineProperty(page.document, 'hidden', { configurable: true, value: true })
  page.document.activeElement?.blur()
  page.document.dispatchEvent(new page.Event('visibilitychange', { bubbles: true }))
}

/**
 * Shows the hidden page as `BrowserWindow.show()` and `focus()` do (visibilitychange, then a
 * window focus), and resolves how long until the first control had focus and the next frame began.
 */
export function showPage(): Promise<{ focusedMs: number | null; frameMs: number }> {
  const page = globalThis as unknown as PageGlobals
  Object.defineProperty(page.document, 'visibilityState', { configurable: true, value: 'visible' })
  Object.defineProperty(page.document, 'hidden', { configurable: true, value: false })
  const startedAt = performance.now()
  page.document.dispatchEvent(new page.Event('visibilitychange', { bubbles: true }))
  page.dispatchEvent(new page.Event('focus'))
  const focused = page.document.activeElement?.closest('.popover') ? performance.now() : null
  return new Promise((resolve) => {
    // A message queued now runs after the re-render React scheduled, then waits for the frame.
    const channel = new page.MessageChannel()
    channel.port1.onmessage = () =>
      page.requestAnimationFrame(() => {
        channel.port1.close()
        resolve({
          focusedMs: focused === null ? null : focused - startedAt,
          frameMs: performance.now() - startedAt,
        })
      })
    channel.port2.postMessage(null)
  })
}

/** Hands the month summary over and resolves when every day of it is in the DOM, and when the next frame began. */
export function releaseMonth(
  days: number,
): Promise<{ committedMs: number; frameMs: number; elements: number }> {
  const page = globalThis as unknown as PageGlobals
  return new Promise((resolve) => {
    let committedMs = -1
    const startedAt = performance.now()
    const observer = new page.MutationObserver(() => {
      if (committedMs >= 0 || page.document.querySelectorAll('[data-date]').length < days) return
      committedMs = performance.now() - startedAt
      observer.disconnect()
      page.requestAnimationFrame(() =>
        resolve({
          committedMs,
          frameMs: performance.now() - startedAt,
          elements: page.document.querySelectorAll('*').length,
        }),
      )
    })
    observer.observe(page.document, { childList: true, subtree: true })
    page.__bench.releaseMonth?.()
  })
}
