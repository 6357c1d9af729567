// Issue 12 §4.11: `npm run dev` works under the page's CSP (inline styles, the HMR websocket), and the built page keeps the strict one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, resolveConfig } from 'electron-vite'
import { chromium, type Browser } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium-flags'

const CSP_META = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/

const cspOf = (html: string): string => CSP_META.exec(html)?.[1] ?? '(no CSP meta)'

const directive = (policy: string, name: string): string[] =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([first]) => first === name)
    ?.slice(1) ?? []

/** The CSP as written in the source page: what every built page must carry, unchanged. */
const SOURCE_CSP = cspOf(readFileSync(resolve('src/renderer/index.html'), 'utf8'))

describe('the renderer dev server (npm run dev)', () => {
  let server: ViteDevServer
  let origin: string
  let port: number

  beforeAll(async () => {
    // The renderer's config exactly as `electron-vite dev` resolves it, served on loopback only.
    const resolved = await resolveConfig({}, 'serve', 'development')
    const renderer = resolved.config?.renderer ?? {}
    server = await createServer({
      ...renderer,
      configFile: false,
      logLevel: 'silent',
      server: { ...renderer.server, host: '127.0.0.1', port: 0, strictPort: false },
    })
    await server.listen()
    port = (server.httpServer?.address() as AddressInfo).port
    origin = `http://127.0.0.1:${port}`
  }, 60_000)

  afterAll(() => server?.close())

  it('serves a page whose CSP allows inline styles and the HMR websocket, and nothing more for scripts', async () => {
    const policy = cspOf(await (await fetch(`${origin}/?view=popover`)).text())
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(directive(policy, 'connect-src')).toContain(`ws://localhost:${port}`)
    expect(directive(policy, 'connect-src')).not.toContain("'none'")
    expect(directive(policy, 'script-src')).toEqual(directive(SOURCE_CSP, 'script-src'))
    expect(directive(policy, 'object-src')).toEqual(["'none'"])
  })

  describe('in Chromium', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    }, 60_000)

    afterAll(() => browser?.close())

    it('applies the stylesheet and connects the HMR websocket with no CSP violation', async () => {
      const page = await browser.newPage()
      const violations: string[] = []
      const logged: string[] = []
      page.on('console', (message) => void logged.push(message.text()))
      await page.exposeFunction('reportViolation', (text: string) => void violations.push(text))
      // Node's types have no DOM: the page-side code is written as the script Chromium runs.
      await page.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (event) =>
          reportViolation(event.effectiveDirective + ' ' + event.blockedURI))`,
      })
      // The preload's window.sundown is missing here, so the view itself may not render; the
      // stylesheet and Vite's client load before that matters.
      await page.goto(`${origin}/?view=popover`)
      const connected = () => logged.some((text) => text.includes('[vite] connected'))
      await expect.poll(() => connected() || violations.length > 0, { timeout: 15_000 }).toBe(true)
      expect(violations).toEqual([])
      expect(connected()).toBe(true)
      const injectedStyles = await page.evaluate<number>(
        "document.querySelectorAll('style[data-vite-dev-id]').length",
      )
      expect(injectedStyles).toBeGreaterThan(0)
      await page.close()
    }, 60_000)
  })
})

describe('the built renderer (npm run build)', () => {
  let outDir: string

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'sundown-csp-'))
    await build({ build: { outDir }, logLevel: 'silent' })
  }, 120_000)

  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('keeps the production CSP exactly as the source page writes it', () => {
    const built = readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8')
    expect(SOURCE_CSP).toContain("style-src 'self';")
    expect(cspOf(built)).toBe(SOURCE_CSP)
  })
})
