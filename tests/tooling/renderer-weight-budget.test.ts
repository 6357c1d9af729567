// Issues 6 and 13, figure 4 in CI: a fresh production build's popover (React included) and month JavaScript stay within their gzip budgets, with nothing dev-only shipped.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'electron-vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rendererWeightFigures } from '../support/renderer-bundle'

let outDir: string

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'sundown-weight-'))
  await build({ build: { outDir }, logLevel: 'silent' })
}, 120_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('renderer weight (deterministic)', () => {
  it('meets every budget of figure 4', () => {
    const missed = rendererWeightFigures(outDir)
      .filter((figure) => figure.status === 'fail' || figure.status === 'pending')
      .map((figure) => `${figure.id} ${figure.name}: ${figure.ours} (${figure.note ?? ''})`)
    expect(missed).toEqual([])
  })
})
