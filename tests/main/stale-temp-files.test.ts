// After a crash mid-write, the leftover temp files are swept at start-up; the stores and other files stay.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { removeStaleTempFiles } from '../../src/main/stale-temp-files'

test('only our stores’ temp files are removed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sundown-temp-'))
  const names = [
    'days-2026.json',
    'days-2026.json.tmp-1a2b3c',
    'days-journal.json.tmp-99',
    'settings.json',
    'settings.json.tmp-42',
    'days-2026.damaged-2026-11-24T09-05-07-123Z.json',
    'notes.json.tmp-7',
  ]
  for (const name of names) writeFileSync(join(folder, name), '{}')
  expect(removeStaleTempFiles(folder).sort()).toEqual([
    'days-2026.json.tmp-1a2b3c',
    'days-journal.json.tmp-99',
    'settings.json.tmp-42',
  ])
  expect(readdirSync(folder).sort()).toEqual([
    'days-2026.damaged-2026-11-24T09-05-07-123Z.json',
    'days-2026.json',
    'notes.json.tmp-7',
    'settings.json',
  ])
})

test('a folder that does not exist yet is fine', () => {
  expect(removeStaleTempFiles(join(tmpdir(), 'sundown-never-made'))).toEqual([])
})
