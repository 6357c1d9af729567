// A Vite plugin: the page's HTML preloads a chunk the entry imports dynamically, so its fetch and compile start with the page.
import type { Plugin } from 'vite'

interface BundleChunk {
  type: 'chunk'
  fileName: string
  facadeModuleId: string | null
  imports: string[]
}

/** A chunk and every chunk it imports statically, transitively. */
function withStaticImports(
  bundle: Record<string, BundleChunk | { type: 'asset' }>,
  fileName: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = bundle[fileName]
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen
  seen.add(fileName)
  for (const imported of chunk.imports) withStaticImports(bundle, imported, seen)
  return seen
}

/**
 * Adds `<link rel="modulepreload">` for the chunks built from the modules whose paths end with
 * `moduleSuffixes`, and for what they import: the entry keeps those chunks out of its own graph so
 * it runs early, and the HTML still starts loading them at once.
 */
export function preloadChunks(moduleSuffixes: readonly string[]): Plugin {
  return {
    name: 'sundown:preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = (context.bundle ?? {}) as Record<string, BundleChunk | { type: 'asset' }>
        const chunks = Object.values(bundle).filter(
          (chunk): chunk is BundleChunk => chunk.type === 'chunk',
        )
        const wanted = new Set<string>()
        for (const suffix of moduleSuffixes) {
          const target = chunks.find((chunk) => (chunk.facadeModuleId ?? '').endsWith(suffix))
          if (!target) throw new Error(`No chunk is built from a module ending in ${suffix}`)
          withStaticImports(bundle, target.fileName, wanted)
        }
        const linked = [...wanted].filter((fileName) => !html.includes(`./${fileName}"`))
        return linked.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
