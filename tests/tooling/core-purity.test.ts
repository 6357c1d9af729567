// The lint wall around src/core: platform imports and clock reads are refused, plain core code passes.
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIdsFor(code: string, filePath = 'src/core/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('src/core stays pure', () => {
  test.for([
    ["import { app } from 'electron'\nexport const a = app", 'no-restricted-imports'],
    [
      "import { readFileSync } from 'node:fs'\nexport const r = readFileSync",
      'no-restricted-imports',
    ],
    ["import path from 'path'\nexport const p = path", 'no-restricted-imports'],
    ['export const now = Date.now()', 'no-restricted-globals'],
    ['export const today = new Date()', 'no-restricted-globals'],
    [
      'export const zone = Intl.DateTimeFormat().resolvedOptions().timeZone',
      'no-restricted-properties',
    ],
    [
      "import { Temporal } from 'temporal-polyfill'\nexport const t = Temporal.Now.instant()",
      'no-restricted-properties',
    ],
    ['export const w = window.innerWidth', 'no-restricted-globals'],
  ])('refuses %s', async ([code, rule]) => {
    expect(await ruleIdsFor(code as string)).toContain(rule)
  })

  test('accepts core code that takes time and zone as arguments', async () => {
    const code =
      "import { Temporal } from 'temporal-polyfill'\nexport const at = (ms: number, zone: string) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).hour\n"
    expect(await ruleIdsFor(code)).toEqual([])
  })

  test('the same imports stay allowed in the main process', async () => {
    expect(
      await ruleIdsFor(
        "import { app } from 'electron'\nexport const a = app\n",
        'src/main/probe.ts',
      ),
    ).toEqual([])
  })

  test('the real core passes the wall', async () => {
    const results = await eslint.lintFiles(['src/core/**/*.ts'])
    expect(results.length).toBeGreaterThan(5)
    expect(results.flatMap((result) => result.messages)).toEqual([])
  })
})
