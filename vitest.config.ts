// Test projects: pure and tooling tests in Node, main-process tests against the electron stand-in, renderer tests in Debian's Chromium, system tests against real OS services, e2e tests in real Electron.
import { resolve } from 'node:path'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { reactPlugins } from './build/react-plugins.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium-flags.ts'

/** Debian's Chromium, never a downloaded browser; flags keep it off the closed network. */
const chromium = playwright({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
})

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
        },
      },
      {
        resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/main/**/*.test.ts', 'tests/shared/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        // The components are tested compiled as they ship, on React and react-dom.
        plugins: reactPlugins(),
        // Bundled before the first test file loads: a dependency found mid-run reloads the browser.
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react/compiler-runtime',
            'react-dom',
            'react-dom/client',
            'vitest-browser-react',
          ],
        },
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/support/english-messages.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/**/*.e2e.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
          globalSetup: ['tests/e2e/support/build-renderer.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          // A stale out/ is rebuilt in a beforeAll; React Compiler makes that build take seconds.
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
        test: {
          name: 'system',
          environment: 'node',
          include: ['tests/system/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
          testTimeout: 30_000,
        },
      },
      {
        // The built app in real Electron through Playwright; skips, saying why, where the binary is missing.
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
})
