// A damaged file is moved aside beside the original, never deleted and never overwritten; other failures are not its fault.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { quarantineDamagedFile } from '../../../src/main/damaged-file-quarantine'
import { createSettingsStore } from '../../../src/main/electron-store-settings'
import { removeTempFolders, tempFolder } from './storage-test-kit'

afterEach(removeTempFolders)

const NOW = Date.UTC(2026, 10, 24, 17, 42, 5, 9)

describe('moving a file aside', () => {
  test('keeps every byte, in the same folder, under a name that says when', () => {
    const cwd = tempFolder()
    writeFileSync(join(cwd, 'days-2026.json'), 'half a write')
    const movedTo = quarantineDamagedFile(join(cwd, 'days-2026.json'), NOW)
    expect(movedTo).toBe(join(cwd, 'days-2026.damaged-2026-11-24T17-42-05-009Z.json'))
    expect(readFileSync(movedTo, 'utf8')).toBe('half a write')
    expect(readdirSync(cwd)).toEqual(['days-2026.damaged-2026-11-24T17-42-05-009Z.json'])
  })

  test('twice in the same millisecond keeps both files', () => {
    const cwd = tempFolder()
    const path = join(cwd, 'settings.json')
    writeFileSync(path, 'one')
    const first = quarantineDamagedFile(path, NOW)
    writeFileSync(path, 'two')
    const second = quarantineDamagedFile(path, NOW)
    expect(second).not.toBe(first)
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['one', 'two'])
  })
})

describe('a file that cannot be read for another reason', () => {
  test('is not moved, and the error reaches the caller', () => {
    const cwd = tempFolder()
    mkdirSync(join(cwd, 'settings.json'))
    const damaged: string[] = []
    expect(() =>
      createSettingsStore({
        cwd,
        clock: { now: () => NOW },
        onDamaged: (path) => damaged.push(path),
      }),
    ).toThrow(/EISDIR/)
    expect(damaged).toEqual([])
    expect(existsSync(join(cwd, 'settings.json'))).toBe(true)
  })
})
