// `npm run dev` under the page's Content-Security-Policy: the dev server's page gets a wider policy, the built page keeps its own.
import type { AddressInfo } from 'node:net'
import type { Plugin, ViteDevServer } from 'vite'

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/

/**
 * The production policy widened for Vite's dev server, and for nothing else: `style-src` gains
 * 'unsafe-inline' because the dev server injects each imported stylesheet as a `<style>` element
 * (a build links files instead), and `connect-src` gains the page's own origin and the HMR
 * websocket, which the page opens on its own host and port (`localhost` under electron-vite dev,
 * whose renderer URL is http://localhost:<port>). Scripts stay 'self': the dev server's scripts
 * are files on that origin, and React Refresh's inline preamble is inserted before this meta
 * element, so no policy applies to it.
 */
export function devContentSecurityPolicy(policy: string, hmrPort: number): string {
  const widen: Record<string, string[]> = {
    'style-src': ["'unsafe-inline'"],
    'connect-src': ["'self'", `ws://localhost:${hmrPort}`, `ws://127.0.0.1:${hmrPort}`],
  }
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/)
      const added = widen[name]
      if (!added) return directive
      // 'none' cannot stand beside other sources.
      const kept = sources.filter((source) => source !== "'none'")
      return [name, ...kept, ...added.filter((source) => !kept.includes(source))].join(' ')
    })
    .join('; ')
}

/** The port the dev server's HMR websocket listens on: its own unless `server.hmr` names another. */
function hmrPortOf(server: ViteDevServer): number {
  const { hmr } = server.config.server
  const configured = typeof hmr === 'object' ? (hmr.clientPort ?? hmr.port) : undefined
  if (configured) return configured
  const address = server.httpServer?.address() as AddressInfo | string | null | undefined
  if (address && typeof address === 'object') return address.port
  return server.config.server.port ?? 5173
}

/** A renderer plugin that rewrites index.html's CSP meta only while serving; `vite build` never runs it. */
export function devCsp(): Plugin {
  return {
    name: 'sundown:dev-csp',
    apply: 'serve',
    transformIndexHtml(html, context) {
      if (!context.server) return html
      if (!CSP_META.test(html)) {
        throw new Error('sundown:dev-csp: index.html has no Content-Security-Policy meta to widen')
      }
      const port = hmrPortOf(context.server)
      return html.replace(
        CSP_META,
        (_match, start: string, policy: string, end: string) =>
          `${start}${devContentSecurityPolicy(policy, port)}${end}`,
      )
    },
  }
}
