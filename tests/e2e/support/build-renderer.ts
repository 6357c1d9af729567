// Global setup for full-stack tests: they open the built app, so build it when it is missing or older than its sources.
import { resolve } from 'node:path'
import { ensureFreshBuild } from '../../support/built-app/fresh-build'

/**
 * Builds the app with electron-vite unless `out/` is newer than every source, so a local run never
 * judges a stale build (CI's fresh clone has no `out/` and always builds). The build runs in a
 * child process: in-process it would set NODE_ENV=production for the Vite server that serves the
 * renderer tests, and React's development JSX runtime would vanish under them.
 */
export default function setup(): void {
  ensureFreshBuild(resolve('.'))
}
