// `npm run bench`: the benchmark files, one at a time (timings), against the electron stand-in, reported as one table.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
  test: {
    name: 'bench',
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    server: { deps: { inline: ['electron-store'] } },
    // Wraps node:fs before electron-store loads, so store writes can be counted.
    setupFiles: ['tests/support/file-write-counter.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    reporters: ['default', './bench/bench-reporter.ts'],
  },
})
