/** Figure 5's browser side: Debian's Chromium through playwright-core, the built renderer, a fake `window.sundown`. */
import { existsSync, readFileSync } from 'node:fs'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core'
import { installFakeSundown, type PageMarks } from './page-scripts'
import type { PageData } from './renderer-fixtures'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium-flags'

export { CHROMIUM_PATH }

/** The popover window's size and the month window's, as the main process makes them. */
export const VIEWPORTS = {
  popover: { width: 360, height: 480 },
  month: { width: 900, height: 640 },
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

/** Waits until the popover's first control has focus with today's data shown; ms since navigation. */
export async function waitInteractive(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (globalThis as unknown as { __bench: PageMarks }).__bench.interactiveAt !== null,
  )
  return (await markOf(page, 'interactiveAt')) as number
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
