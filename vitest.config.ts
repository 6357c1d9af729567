// Test projects: pure and tooling tests in Node, main-process tests against the electron stand-in, system tests against real OS services.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

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
        resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
        test: {
          name: 'system',
          environment: 'node',
          include: ['tests/system/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
          testTimeout: 30_000,
        },
      },
    ],
  },
})
