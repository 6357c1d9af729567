// The lint walls between src layers: renderer ↛ main, main ↛ renderer, core only core, preload and shared only share.
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIdsFor(filePath: string, from: string): Promise<string[]> {
  const code = `import { probe } from '${from}'\nexport const used = probe\n`
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('each src layer imports only the layers beneath it', () => {
  test.for([
    ['src/renderer/src/views/month/probe.tsx', '../../../../main/day-service'],
    ['src/renderer/src/probe.ts', '../../preload'],
    ['src/main/probe.ts', '../renderer/src/refusal'],
    ['src/core/probe.ts', '../shared/ipc-contract'],
    ['src/core/probe.ts', '../main/clock'],
    ['src/preload/probe.ts', '../main/ipc-handlers'],
    ['src/preload/probe.ts', '../core'],
    ['src/shared/probe.ts', '../main/day-service'],
    ['src/shared/messages/probe.ts', '../../renderer/src/refusal'],
  ])('%s may not import %s', async ([file, from]) => {
    expect(await ruleIdsFor(file as string, from as string)).toContain('no-restricted-imports')
  })

  test.for([
    ['src/renderer/src/probe.ts', '../../shared/ipc-channels'],
    ['src/main/probe.ts', '../shared/ipc-contract'],
    ['src/main/probe.ts', '../core'],
    ['src/core/probe.ts', './plan'],
    ['src/preload/probe.ts', '../shared/ipc-channels'],
    ['src/shared/probe.ts', '../core'],
    ['src/shared/messages/probe.ts', './en/main'],
  ])('%s may import %s', async ([file, from]) => {
    expect(await ruleIdsFor(file as string, from as string)).toEqual([])
  })

  // Lints all of src: seconds on a busy machine.
  test('the real sources keep to their layers', { timeout: 60_000 }, async () => {
    const results = await eslint.lintFiles(['src/**/*.{ts,tsx}'])
    const walls = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === 'no-restricted-imports')
        .map((message) => `${result.filePath}: ${message.message}`),
    )
    expect(walls).toEqual([])
  })
})
