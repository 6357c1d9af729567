// Global setup for full-stack tests: they open the built renderer, so build it once when it is missing.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'electron-vite'

/** Builds the app with electron-vite unless `out/renderer/index.html` is already there. */
export default async function setup(): Promise<void> {
  if (existsSync(resolve('out/renderer/index.html'))) return
  await build({ logLevel: 'warn' })
}
