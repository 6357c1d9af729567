// Build for the three Electron processes; the preload is CommonJS because sandboxed preloads cannot be ESM.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

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
    plugins: [react()],
    build: {
      sourcemap: false,
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
})
