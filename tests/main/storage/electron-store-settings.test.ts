// Settings survive restarts, refuse bad saves, come forward from v0, and a damaged file is moved aside, never wiped.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core'
import { createSettingsStore } from '../../../src/main/electron-store-settings'
import { CURRENT_SETTINGS_VERSION } from '../../../src/main/settings-migrations'
import { readJson, removeTempFolders, snapshotFolder, tempFolder } from './storage-test-kit'

afterEach(removeTempFolders)

const clock = { now: () => Date.UTC(2026, 10, 24, 9, 5, 7, 123) }
const MOVED_NAME = 'settings.damaged-2026-11-24T09-05-07-123Z.json'

function openSettings(cwd: string) {
  const damaged: string[] = []
  const store = createSettingsStore({ cwd, clock, onDamaged: (path) => damaged.push(path) })
  return { store, damaged }
}

const fourDayWeek = (): Settings => {
  const settings = structuredClone(DEFAULT_SETTINGS)
  settings.weekly.fri = { workday: false, end: '17:30' }
  settings.graceMinutes = 5
  return settings
}

describe('a first start', () => {
  test('runs on the defaults and writes nothing until the user saves', () => {
    const cwd = tempFolder()
    const { store, damaged } = openSettings(cwd)
    expect(store.read()).toEqual(DEFAULT_SETTINGS)
    expect(readdirSync(cwd)).toEqual([])
    expect(damaged).toEqual([])
  })
})

describe('saving', () => {
  test('valid settings are written and read back after a restart', () => {
    const cwd = tempFolder()
    expect(openSettings(cwd).store.write(fourDayWeek())).toEqual({ ok: true })
    expect(readJson(join(cwd, 'settings.json'))).toEqual(fourDayWeek())
    expect(openSettings(cwd).store.read()).toEqual(fourDayWeek())
  })

  test('invalid settings come back as field errors and the file keeps every byte', () => {
    const cwd = tempFolder()
    const { store } = openSettings(cwd)
    store.write(fourDayWeek())
    const before = snapshotFolder(cwd)
    const bad = {
      ...fourDayWeek(),
      graceMinutes: -5,
      weekly: { ...fourDayWeek().weekly, mon: { workday: true, end: '25:00' } },
    }

    const result = store.write(bad)

    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.map((error) => error.field).sort()).toEqual([
      'graceMinutes',
      'weekly.mon.end',
    ])
    expect(snapshotFolder(cwd)).toEqual(before)
    expect(store.read()).toEqual(fourDayWeek())
  })

  test('a caller changing what read() returned does not change the settings', () => {
    const { store } = openSettings(tempFolder())
    store.read().graceMinutes = 99
    expect(store.read().graceMinutes).toBe(DEFAULT_SETTINGS.graceMinutes)
  })
})

describe('a settings file from an older Sundown', () => {
  test('v0 is migrated on open, written back as the current version once, and not reported as damage', () => {
    const cwd = tempFolder()
    writeFileSync(
      join(cwd, 'settings.json'),
      JSON.stringify({ endTime: '16:00', workdays: ['mon', 'tue', 'wed', 'thu'], graceMinutes: 0 }),
    )
    const first = openSettings(cwd)
    expect(first.store.migratedFrom).toBe(0)
    expect(first.store.read().weekly.tue).toEqual({ workday: true, end: '16:00' })
    expect(first.store.read().weekly.fri.workday).toBe(false)
    expect(first.damaged).toEqual([])
    expect(readJson(join(cwd, 'settings.json'))).toMatchObject({ version: 2, graceMinutes: 0 })

    const second = openSettings(cwd)
    expect(second.store.migratedFrom).toBeNull()
    expect(second.store.read()).toEqual(first.store.read())
  })
})

describe('a damaged settings file', () => {
  const damagedFiles: [string, string][] = [
    ['garbage bytes', '\u0000PK\u0003\u0004{{{'],
    ['a truncated write', JSON.stringify(DEFAULT_SETTINGS).slice(0, 120)],
    ['valid JSON failing the schema', JSON.stringify({ ...DEFAULT_SETTINGS, graceMinutes: -5 })],
    ['a v0 file holding nonsense', JSON.stringify({ endTime: 'half five', workdays: ['mon'] })],
    [
      'settings from a newer Sundown',
      JSON.stringify({ ...DEFAULT_SETTINGS, version: CURRENT_SETTINGS_VERSION + 1 }),
    ],
    ['JSON null', 'null'],
  ]

  test.each(damagedFiles)(
    'holding %s is moved aside with its bytes, reported once, and the app starts on defaults',
    (_, bytes) => {
      const cwd = tempFolder()
      writeFileSync(join(cwd, 'settings.json'), bytes)

      const { store, damaged } = openSettings(cwd)

      expect(store.read()).toEqual(DEFAULT_SETTINGS)
      expect(damaged).toEqual([join(cwd, MOVED_NAME)])
      expect(readFileSync(join(cwd, MOVED_NAME), 'utf8')).toBe(bytes)
      expect(existsSync(join(cwd, 'settings.json'))).toBe(false)

      store.read()
      expect(openSettings(cwd).damaged).toEqual([])
      expect(damaged).toHaveLength(1)
    },
  )

  test('a save after the move writes a fresh file beside the damaged one', () => {
    const cwd = tempFolder()
    writeFileSync(join(cwd, 'settings.json'), 'not json')
    const { store } = openSettings(cwd)
    store.write(fourDayWeek())
    expect(readdirSync(cwd).sort()).toEqual([MOVED_NAME, 'settings.json'])
    expect(readFileSync(join(cwd, MOVED_NAME), 'utf8')).toBe('not json')
  })
})
