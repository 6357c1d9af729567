// Figure 5: the renderer in Debian's Chromium: every window cold against a blank page, the pre-loaded popover shown, month scripting, heap.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, test } from 'vitest'
import { datesOfMonth } from '../src/core'
import { figure, report, type Figure } from '../tests/support/figures'
import { hidePage, releaseMonth, showPage, type PageMarks } from './page-scripts'
import { rendererData, type PageData } from './renderer-fixtures'
import {
  CHROMIUM_PATH,
  VIEWPORTS,
  cpuMeter,
  freshContext,
  launchChromium,
  pssBytes,
  rendererPids,
  blankPopoverPage,
  openInteractive,
} from './renderer-page'
import { RendererBundle } from '../tests/support/renderer-bundle'
import { median, spreadOf } from './timing'

const COLD_LOADS = 25
const SHOWS = 20
const MONTH_LOADS = 12
const MB = 1024 * 1024
/** A cold window may take this many times the blank page loaded in turn with it. */
const COLD_RATIO = 2.5
const RENDERER_HTML = resolve('out/renderer/index.html')
const urlOf = (view: string) => `${pathToFileURL(RENDERER_HTML).href}?view=${view}`
const ms = (samples: readonly number[]) => {
  const { low, high } = spreadOf(samples)
  return `${median(samples).toFixed(1)} ms (${low.toFixed(1)}–${high.toFixed(1)})`
}
const medianWithSpread = (samples: readonly number[]) => ({
  ours: median(samples),
  spread: spreadOf(samples),
})

const COLD_WINDOWS = ['popover', 'ritual', 'month', 'settings'] as const
type ColdWindow = (typeof COLD_WINDOWS)[number]

const ROWS = {
  '5.1': { name: 'Cold popover: new page → interactive, × the blank page', unit: '×' },
  '5.2': { name: 'Popover shown from its pre-loaded page: main-thread work', unit: 'ms' },
  '5.3': { name: 'Month scripting from data arrival → full month in the DOM', unit: 'ms' },
  '5.4': { name: 'Popover page JS heap', unit: 'MB' },
  '5.5': { name: 'Popover kept loaded: renderer process memory (PSS)', unit: 'MB' },
  '5.6': { name: 'Popover created on demand: new context and page → interactive', unit: 'ms' },
  '5.7': { name: 'Scripts the popover fetched that figure 4.1 does not count', unit: 'files' },
  '5.8': { name: 'Cold ritual: new page → interactive, × the blank page', unit: '×' },
  '5.9': { name: 'Cold month: new page → interactive, × the blank page', unit: '×' },
  '5.10': { name: 'Cold settings: new page → interactive, × the blank page', unit: '×' },
  '5.11': { name: 'Blank page: new page → one button focused', unit: 'ms' },
} as const

/** The row of each cold window's ratio. */
const COLD_ROW: Record<ColdWindow, keyof typeof ROWS> = {
  popover: '5.1',
  ritual: '5.8',
  month: '5.9',
  settings: '5.10',
}

let browser: Browser | null = null

afterAll(async () => {
  await browser?.close()
})

/** Every row pending, saying why nothing could be measured. */
const pending = (pendingReason: string): Figure[] =>
  Object.entries(ROWS).map(([id, row]) => figure({ id, ...row, ours: null, pendingReason }))

test('5. renderer speed in Chromium', async (context) => {
  if (!existsSync(RENDERER_HTML))
    return report(context, pending('no build in out/: run npm run build'))
  browser = await launchChromium()
  if (!browser)
    return report(context, pending(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`))
  const data = rendererData()

  const counted = new RendererBundle(dirname(RENDERER_HTML)).viewFiles('popover')
  const pageData: Record<ColdWindow, PageData> = {
    popover: data.popover,
    ritual: data.ritual,
    month: data.monthCold,
    settings: data.settings,
  }
  const blankPage = blankPopoverPage()
  const cold: Record<ColdWindow, number[]> = { popover: [], ritual: [], month: [], settings: [] }
  /** Each cold load over the blank page loaded in the same round. */
  const ratios: Record<ColdWindow, number[]> = { popover: [], ritual: [], month: [], settings: [] }
  const blank: number[] = []
  const onDemand: number[] = []
  const uncounted = new Set<string>()
  try {
    // Each round loads the blank page and every window in turn, so a busy spell on the machine
    // lands on the floor and on the windows alike; each ratio divides by its own round's floor.
    for (let run = 0; run < COLD_LOADS; run++) {
      const floor = await freshContext(browser, data.popover, VIEWPORTS.popover)
      const blankMs = await openInteractive(await floor.newPage(), blankPage.url)
      blank.push(blankMs)
      await floor.close()
      for (const view of COLD_WINDOWS) {
        const fresh = await freshContext(browser, pageData[view], VIEWPORTS[view])
        const startedAt = performance.now()
        const page = await fresh.newPage()
        if (view === 'popover') {
          page.on('request', (request) => {
            const file = /\/(assets\/[^/?#]+\.js)$/.exec(request.url())?.[1]
            if (file !== undefined && !counted.has(file)) uncounted.add(file)
          })
        }
        const loadMs = await openInteractive(page, urlOf(view))
        if (view === 'popover') onDemand.push(performance.now() - startedAt)
        cold[view].push(loadMs)
        ratios[view].push(loadMs / blankMs)
        await fresh.close()
      }
    }
  } finally {
    blankPage.remove()
  }

  const pidsBefore = new Set(await rendererPids(browser))
  const kept = await freshContext(browser, data.popover, VIEWPORTS.popover)
  const popover = await kept.newPage()
  await openInteractive(popover, urlOf('popover'))
  const meter = await cpuMeter(kept, popover)
  const shows: { work: number; frame: number; focused: number | null }[] = []
  for (let run = 0; run < SHOWS; run++) {
    await popover.evaluate(hidePage)
    await popover.waitForTimeout(30)
    let timing = { focusedMs: null as number | null, frameMs: 0 }
    const cpu = await meter.during(async () => (timing = await popover.evaluate(showPage)))
    shows.push({ work: cpu.taskMs, frame: timing.frameMs, focused: timing.focusedMs })
  }
  const heap = await meter.heapUsed()
  const newPids = (await rendererPids(browser)).filter((pid) => !pidsBefore.has(pid))
  const pss = newPids.map(pssBytes).filter((bytes): bytes is number => bytes !== null)
  await kept.close()

  const days = datesOfMonth(data.monthShown).length
  const month: { script: number; task: number; committed: number; frame: number }[] = []
  let elements = 0
  for (let run = 0; run < MONTH_LOADS; run++) {
    const fresh = await freshContext(browser, data.month, VIEWPORTS.month)
    const page = await fresh.newPage()
    await page.goto(urlOf('month'))
    await page.waitForFunction(
      () => (globalThis as unknown as { __bench: PageMarks }).__bench.releaseMonth !== null,
    )
    await page.waitForTimeout(50)
    const meterMonth = await cpuMeter(fresh, page)
    let timing = { committedMs: 0, frameMs: 0, elements: 0 }
    const cpu = await meterMonth.during(
      async () => (timing = await page.evaluate(releaseMonth, days)),
    )
    elements = timing.elements
    month.push({
      script: cpu.scriptMs,
      task: cpu.taskMs,
      committed: timing.committedMs,
      frame: timing.frameMs,
    })
    await fresh.close()
  }

  const focusedAll = shows.every((show) => show.focused !== null)
  const coldRows = COLD_WINDOWS.map((view) =>
    figure({
      id: COLD_ROW[view],
      ...ROWS[COLD_ROW[view]],
      ...medianWithSpread(ratios[view]),
      budget: { atMost: COLD_RATIO },
      note: `${view === 'popover' || view === 'ritual' ? 'navigation → first control focused with today shown' : 'navigation → its data in the DOM'}: ${ms(cold[view])}, over the blank page of the same round; ${COLD_LOADS} rounds, each load in a fresh context`,
    }),
  )
  report(context, [
    ...coldRows,
    figure({
      id: '5.2',
      ...ROWS['5.2'],
      ...medianWithSpread(shows.map((show) => show.work)),
      budget: { atMost: 16 },
      note: `CPU time of the show (visibilitychange + focus emulated; headless Chromium keeps pages visible); show → next frame ${ms(shows.map((show) => show.frame))} wall; first control focused ${focusedAll ? 'at once' : 'NOT on every show'}`,
    }),
    figure({
      id: '5.3',
      ...ROWS['5.3'],
      ...medianWithSpread(month.map((run) => run.script)),
      budget: { atMost: 16 },
      note: `${days} days, ${elements} elements; JS CPU time; all main-thread work ${ms(month.map((run) => run.task))}; wall: DOM ${ms(month.map((run) => run.committed))}, next frame ${ms(month.map((run) => run.frame))}`,
    }),
    figure({
      id: '5.4',
      ...ROWS['5.4'],
      ours: heap / MB,
      budget: { atMost: 10 },
      note: `used JS heap after a garbage collection, the popover loaded and shown ${SHOWS} times`,
    }),
    figure({
      id: '5.5',
      ...ROWS['5.5'],
      ours: pss.length === 0 ? null : Math.max(...pss) / MB,
      ...(pss.length === 0 ? { pendingReason: 'no /proc here to read the renderer process' } : {}),
      note: "what keeping the popover's window hidden costs all day: the largest of the renderer processes the page brought (Chromium also starts a spare one)",
    }),
    figure({
      id: '5.6',
      ...ROWS['5.6'],
      ...medianWithSpread(onDemand),
      note: 'a new context and page (a new renderer process) to interactive: what each open would cost without the pre-loaded page',
    }),
    figure({
      id: '5.7',
      ...ROWS['5.7'],
      ours: uncounted.size,
      budget: { atMost: 0 },
      note:
        uncounted.size === 0
          ? `every script the page fetched is among the ${counted.size} that 4.1 weighs`
          : [...uncounted].join(', '),
    }),
    figure({
      id: '5.11',
      ...ROWS['5.11'],
      ...medianWithSpread(blank),
      note: 'the floor of every cold load on this machine (a new renderer process, a document, a module script that focuses a button), loaded once per round',
    }),
  ])
})
