// Build for the three Electron processes; the preload is CommonJS because sandboxed preloads cannot be ESM.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { devCsp } from './build/dev-csp.ts'
import { reactPlugins } from './build/react-plugins.ts'
import { viewChunk } from './build/view-chunk.ts'

const MESSAGE_MODULE = /messages\/(\w+)\/(\w+)\.ts$/

/** `messages-de-popover-<hash>.js` for a language's area, the bundler's usual name for any other chunk. */
function messageChunkName(chunk: { facadeModuleId: string | null }): string {
  const [, language, area] = MESSAGE_MODULE.exec(chunk.facadeModuleId ?? '') ?? []
  return language && area
    ? `assets/messages-${language}-${area}-[hash].js`
    : 'assets/[name]-[hash].js'
}

export default defineConfig({
  main: {
    build: { sourcemap: false },
  },
  preload: {
    build: {
      sourcemap: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // The dev server's page needs inline styles and the HMR websocket; built pages keep the strict CSP.
    plugins: [...reactPlugins(), devCsp()],
    build: {
      sourcemap: false,
      minify: true,
      rollupOptions: {
        input: resolve('src/renderer/index.html'),
        output: {
          // Message chunks carry their language and area, so a reader (and figure 4) can tell them apart.
          chunkFileNames: messageChunkName,
          codeSplitting: {
            groups: [
              // Whatever the entry loads stays in the entry's file, whichever view also uses it.
              { name: 'index', tags: ['$initial'], priority: 2 },
              {
                priority: 1,
                // A cold popover fetches its view in one file, not one per helper it shares with
                // another view; the other views fetch that file too when they share a helper.
                name: viewChunk(
                  'popover-view',
                  resolve('src/renderer/src/views/popover/popover-view.tsx'),
                ),
              },
            ],
          },
        },
      },
    },
  },
})
