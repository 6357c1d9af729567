// Build for the three Electron processes; the preload is CommonJS because sandboxed preloads cannot be ESM.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { REACT_ON_PREACT } from './build/react-on-preact'

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
    resolve: { alias: REACT_ON_PREACT },
    plugins: [react()],
    build: {
      sourcemap: false,
      minify: true,
      rollupOptions: {
        input: resolve('src/renderer/index.html'),
        output: {
          // Message chunks carry their language and area, so a reader (and figure 4) can tell them apart.
          chunkFileNames: messageChunkName,
          // Preact in a chunk of its own name, so the security audit's review of it can name it.
          advancedChunks: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] },
        },
      },
    },
  },
})
