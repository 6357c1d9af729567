// Figure 5: the renderer in Debian's Chromium: popover open time cold and pre-loaded, month view scripting, heap.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, test } from 'vitest'
import { datesOfMonth } from '../src/core'
import { figure, report, type Figure } from './figures'
import { hidePage, releaseMonth, showPage, type PageMarks } from './page-scripts'
import { rendererData } from './renderer-fixtures'
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
import { RendererBundle } from './renderer-bundle'
import { median } from './timing'

const COLD_LOADS = 25
const SHOWS = 20
const MONTH_LOADS = 12
const MB = 1024 * 1024
const RENDERER_HTML = resolve('out/renderer/index.html')
const urlOf = (view: string) => `${pathToFileURL(RENDERER_HTML).href}?view=${view}`
const ms = (samples: readonly number[]) => `${median(samples).toFixed(1)} ms`

const ROWS = {
  '5.1': { name: 'Popover interactive from a cold load, median', unit: 'ms' },
  '5.2': { name: 'Popover ready when a pre-loaded page is shown: main-thread work', unit: 'ms' },
  '5.3': { name: 'Month view scripting, data arrives → full month in the DOM', unit: 'ms' },
  '5.4': { name: 'Popover page JS heap', unit: 'MB' },
  '5.5': { name: 'Popover kept loaded: renderer process memory (PSS)', unit: 'MB' },
  '5.6': { name: 'Popover created on demand: new page → interactive', unit: 'ms' },
  '5.7': { name: 'Scripts the popover fetched that figure 4.1 does not count', unit: 'files' },
} as const

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
  const blankPage = blankPopoverPage()
  const cold: number[] = []
  const blank: number[] = []
  const onDemand: number[] = []
  const uncounted = new Set<string>()
  try {
    // Our page and the blank one take turns, so a busy spell on the machine lands on both.
    for (let run = 0; run < COLD_LOADS; run++) {
      const fresh = await freshContext(browser, data.popover, VIEWPORTS.popover)
      const startedAt = performance.now()
      const page = await fresh.newPage()
      page.on('request', (request) => {
        const file = /\/(assets\/[^/?#]+\.js)$/.exec(request.url())?.[1]
        if (file !== undefined && !counted.has(file)) uncounted.add(file)
      })
      cold.push(await openInteractive(page, urlOf('popover')))
      onDemand.push(performance.now() - startedAt)
      await fresh.close()
      const floor = await freshContext(browser, data.popover, VIEWPORTS.popover)
      blank.push(await openInteractive(await floor.newPage(), blankPage.url))
      await floor.close()
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
  report(context, [
    figure({
      id: '5.1',
      ...ROWS['5.1'],
      ours: median(cold),
      budget: { atMost: 150 },
      note: `navigation → first control focused with today shown, ${COLD_LOADS} loads, each in a fresh context; a blank page with one focused button, loaded in turn: ${ms(blank)}`,
    }),
    figure({
      id: '5.2',
      ...ROWS['5.2'],
      ours: median(shows.map((show) => show.work)),
      baseline: median(cold),
      budget: { atMost: 16 },
      note: `CPU time of the show (visibilitychange + focus emulated; headless Chromium keeps pages visible); show → next frame ${ms(shows.map((show) => show.frame))} wall; first control focused ${focusedAll ? 'at once' : 'NOT on every show'}`,
    }),
    figure({
      id: '5.3',
      ...ROWS['5.3'],
      ours: median(month.map((run) => run.script)),
      budget: { atMost: 16 },
      note: `${days} days, ${elements} elements; JS CPU time; all main-thread work ${ms(month.map((run) => run.task))}; wall: DOM ${ms(month.map((run) => run.committed))}, next frame ${ms(month.map((run) => run.frame))}`,
    }),
    figure({
      id: '5.4',
      ...ROWS['5.4'],
      ours: heap / MB,
      budget: { atMost: 10 },
      note: 'used JS heap after a garbage collection, the popover loaded and shown 20 times',
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
      ours: median(onDemand),
      note: 'a new context and page (a new renderer process) to interactive: what each open would cost',
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
  ])
})
