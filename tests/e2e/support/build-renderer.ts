// Global setup for full-stack tests: they open the built renderer, so build it once when it is missing.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Builds the app with electron-vite unless `out/renderer/index.html` is already there. The build
 * runs in a child process: in-process it would set NODE_ENV=production for the Vite server that
 * serves the renderer tests, and React's development JSX runtime would vanish under them.
 */
export default function setup(): void {
  if (existsSync(resolve('out/renderer/index.html'))) return
  execFileSync(
    process.execPath,
    [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      stdio: 'inherit',
    },
  )
}
