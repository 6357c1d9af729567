/** Figure 5's browser side: Debian's Chromium through playwright-core, the built renderer, a fake `window.sundown`. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core'
import { INTERACTIVE_SIGNAL, installFakeSundown, type PageMarks } from './page-scripts'
import type { PageData } from './renderer-fixtures'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium-flags'

export { CHROMIUM_PATH }

/** Each window's size, as the main process makes it (src/main/view-windows.ts). */
export const VIEWPORTS = {
  popover: { width: 360, height: 480 },
  ritual: { width: 480, height: 600 },
  month: { width: 900, height: 640 },
  settings: { width: 720, height: 640 },
} as const

/** Launches Chromium, or answers null when it is not installed. */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM_PATH)) return null
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/** A fresh context (its own renderer process) with the fake API installed before any page script. */
export async function freshContext(
  browser: Browser,
  data: PageData,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport })
  await context.addInitScript(installFakeSundown, data)
  return context
}

/** Reads one of the marks the page scripts keep. */
export const markOf = <Key extends keyof PageMarks>(page: Page, key: Key) =>
  page.evaluate(
    (name) => (globalThis as unknown as { __bench: PageMarks }).__bench[name],
    key,
  ) as Promise<PageMarks[Key]>

/**
 * Opens `url` and waits, without touching the page, until the view is interactive as its page
 * data's `ready` signal says; answers the ms since navigation.
 */
export async function openInteractive(page: Page, url: string): Promise<number> {
  const signalled = page.waitForEvent('console', {
    predicate: (message) => message.text() === INTERACTIVE_SIGNAL,
    timeout: 30_000,
  })
  await page.goto(url, { waitUntil: 'commit' })
  await signalled
  return (await markOf(page, 'interactiveAt')) as number
}

/**
 * A page with nothing but a popover-shaped status line and a button its module script focuses:
 * the floor every cold load on this machine pays (a new renderer process, a document, a module).
 * `remove` deletes its folder.
 */
export function blankPopoverPage(): { url: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'sundown-bench-blank-'))
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><div class="popover"><p class="day-status">Ends 17:30</p><button>Start</button></div>' +
      '<script type="module" src="./focus.js"></script>',
  )
  writeFileSync(join(folder, 'focus.js'), "document.querySelector('button').focus()\n")
  return {
    url: pathToFileURL(join(folder, 'index.html')).href,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  }
}

/** Main-thread CPU time so far, in ms: every task, and the script part of them. */
export interface MainThreadTime {
  taskMs: number
  scriptMs: number
}

/** Starts counting the page's main-thread CPU time (thread ticks, so other processes' load does not count). */
export async function cpuMeter(context: BrowserContext, page: Page) {
  const cdp: CDPSession = await context.newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const read = async (): Promise<MainThreadTime> => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0
    return { taskMs: seconds('TaskDuration') * 1000, scriptMs: seconds('ScriptDuration') * 1000 }
  }
  /** Runs `work` and answers the CPU time the main thread spent until `settleMs` after it. */
  const during = async (work: () => Promise<unknown>, settleMs = 60) => {
    const before = await read()
    await work()
    await page.waitForTimeout(settleMs)
    const after = await read()
    return { taskMs: after.taskMs - before.taskMs, scriptMs: after.scriptMs - before.scriptMs }
  }
  /** The JS heap in use after a garbage collection, in bytes. */
  const heapUsed = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  return { during, heapUsed }
}

/** The renderer processes' ids, to tell which one a new page brought. */
export async function rendererPids(browser: Browser): Promise<number[]> {
  const session = await browser.newBrowserCDPSession()
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[]
  }
  await session.detach()
  return processInfo.filter((process) => process.type === 'renderer').map((process) => process.id)
}

/** A process's proportional set size in bytes (Linux), or null where /proc cannot say. */
export function pssBytes(pid: number): number | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    const kilobytes = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1]
    return kilobytes === undefined ? null : Number(kilobytes) * 1024
  } catch {
    return null
  }
}
