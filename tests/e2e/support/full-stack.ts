// Full stack: the built renderer in Debian's Chromium, its preload API bound to the real main process running here.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { RENDERER_FILE } from '../../../src/main/secure-window'
import { COMMAND_NAMES, channelOf } from '../../../src/shared/ipc-channels'
import type { TodayState, ViewName } from '../../../src/shared/ipc-contract'
import { ipcMain, restorePlatform } from '../../support/electron-stand-in'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium-flags'
import { FakeClock } from '../../support/fake-clock'
import { launchSundown, quitLaunched, type ShownPrompt } from '../../support/launch-sundown'

const BUILT_RENDERER = pathToFileURL(resolve('out/renderer/index.html')).href
/** Where each run leaves its screenshots for a person to look at. */
export const SCREENS_DIR = resolve('test-results/screens')

/** Runs in the page before the app: a `window.sundown` whose every command crosses to the Node side. */
function installBridge(commands: readonly string[]): void {
  const bridge = globalThis as unknown as {
    __sundownInvoke(name: string, payload: unknown): Promise<{ answer?: unknown; error?: string }>
    __sundownListeners: ((today: unknown) => void)[]
    __sundownPush(today: unknown): void
    sundown: Record<string, unknown>
  }
  bridge.__sundownListeners = []
  bridge.__sundownPush = (today) => bridge.__sundownListeners.forEach((listener) => listener(today))
  const api: Record<string, unknown> = {
    onTodayChanged(listener: (today: unknown) => void) {
      bridge.__sundownListeners.push(listener)
      return () => {
        bridge.__sundownListeners = bridge.__sundownListeners.filter((other) => other !== listener)
      }
    }, // The devices' pushes are not bridged yet: the Devices section reads getDevices and each command's answer.
    onDevicesChanged() {
      return () => undefined
    },
  }
  for (const name of commands) {
    api[name] = async (payload?: unknown) => {
      const answer = await bridge.__sundownInvoke(name, payload)
      // Every command answers a result, refusals included; only a broken channel rejects, as in Electron.
      if (answer.error !== undefined) throw new Error(answer.error)
      return answer.answer
    }
  }
  bridge.sundown = api
}

/** A running stack: the main process on a fake clock, and a browser whose pages are its windows. */
export interface FullStack {
  clock: FakeClock
  sundown: ReturnType<typeof launchSundown>
  shown: ShownPrompt[]
  open(view: ViewName, options?: { dark?: boolean; width?: number; height?: number }): Promise<Page>
  screenshot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}

/**
 * Starts Sundown at `start` with a fresh user-data folder, and Chromium ready to open its views;
 * `close()` quits it and stops it with `dispose()`, so nothing of it reaches a later stack.
 */
export async function startFullStack(start: number): Promise<FullStack> {
  const clock = new FakeClock(start)
  const shown: ShownPrompt[] = []
  const userDataDir = mkdtempSync(join(tmpdir(), 'sundown-full-stack-'))
  const sundown = launchSundown(clock, userDataDir, shown)
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  const contexts: BrowserContext[] = []
  const pages: Page[] = []
  const stopPushing = sundown.day.onChange((today: TodayState) => {
    for (const page of pages) {
      if (!page.isClosed())
        void page
          .evaluate(
            (state) =>
              (globalThis as never as { __sundownPush(s: unknown): void }).__sundownPush(state),
            today,
          )
          .catch(() => undefined)
    }
  })
  mkdirSync(SCREENS_DIR, { recursive: true })
  return {
    clock,
    sundown,
    shown,
    async open(view, options = {}) {
      const context = await browser.newContext({
        colorScheme: options.dark ? 'dark' : 'light',
        viewport: { width: options.width ?? 360, height: options.height ?? 480 },
        deviceScaleFactor: 2,
        locale: 'en-GB',
        timezoneId: 'Europe/Berlin',
      })
      contexts.push(context)
      // The binding is the preload's trust boundary here: requests carry the URL of our own renderer file.
      await context.exposeBinding('__sundownInvoke', async (_source, name: string, payload) => {
        const senderUrl = `${pathToFileURL(RENDERER_FILE).href}?view=${view}`
        try {
          return { answer: await ipcMain.invoke(channelOf(name as never), senderUrl, payload) }
        } catch (error) {
          return { error: (error as Error).message }
        }
      })
      await context.addInitScript(installBridge, COMMAND_NAMES)
      const page = await context.newPage()
      pages.push(page)
      await page.goto(`${BUILT_RENDERER}?view=${view}`)
      return page
    },
    async screenshot(page, name) {
      await page.screenshot({ path: resolve(SCREENS_DIR, `${name}.png`), fullPage: true })
    },
    async close() {
      stopPushing()
      for (const context of contexts) await context.close()
      await browser.close()
      quitLaunched()
      restorePlatform()
    },
  }
}
