// Build for the three Electron processes; the preload is CommonJS because sandboxed preloads cannot be ESM.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { devCsp } from './build/dev-csp'
import { REACT_ON_PREACT } from './build/react-on-preact'

const MESSAGE_MODULE = /messages\/(\w+)\/(\w+)\.ts$/

/**
 * The entry's modules: the shell, the popover and the shared helpers they use. Left alone, the
 * bundler gives each module the entry shares with a lazy view a file of its own, and a cold
 * popover waits on five files instead of two (measured about 6 ms later interactive).
 */
const ENTRY_MODULE =
  /[\\/]src[\\/](renderer[\\/]src[\\/](?!views[\\/](month|ritual|settings)[\\/])|shared[\\/](intl-formats|written-texts|messages[\\/](index|plural|duration|view-areas))\.ts$)/

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
    resolve: { alias: REACT_ON_PREACT },
    // The dev server's page needs inline styles and the HMR websocket; built pages keep the strict CSP.
    plugins: [react(), devCsp()],
    build: {
      sourcemap: false,
      minify: true,
      rollupOptions: {
        input: resolve('src/renderer/index.html'),
        output: {
          // Message chunks carry their language and area, so a reader (and figure 4) can tell them apart.
          chunkFileNames: messageChunkName,
          advancedChunks: {
            groups: [
              // Preact in a chunk of its own name, so the security audit's review of it can name it.
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 2 },
              { name: 'shell', test: ENTRY_MODULE, priority: 1 },
            ],
          },
        },
      },
    },
  },
})
