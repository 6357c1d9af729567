// The small facts kept across restarts: heartbeats that never bloat history, questions asked once, reports shown once.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  HEARTBEAT_WRITE_INTERVAL_MS,
  createAppStateStore,
} from '../../../src/main/electron-store-app-state'
import { at, removeTempFolders, snapshotFolder, tempFolder } from './storage-test-kit'

afterEach(removeTempFolders)

const clock = { now: () => Date.UTC(2026, 10, 24, 7) }
const MINUTE = 60_000

function openState(cwd: string) {
  const damaged: string[] = []
  const store = createAppStateStore({ cwd, clock, onDamaged: (path) => damaged.push(path) })
  return { store, damaged }
}

describe('heartbeats', () => {
  test('a working afternoon of heartbeats writes one small file, at most every five minutes', () => {
    const cwd = tempFolder()
    const { store } = openState(cwd)
    const start = at('2026-11-24', '13:00')
    let writes = 0
    for (let minute = 0; minute <= 240; minute++) {
      const before = snapshotFolder(cwd).get('app-state.json')?.inode
      const wrote = store.recordHeartbeat('2026-11-24', start + minute * MINUTE)
      const changed = snapshotFolder(cwd).get('app-state.json')?.inode !== before
      expect(changed).toBe(wrote)
      if (wrote) writes++
    }
    expect(HEARTBEAT_WRITE_INTERVAL_MS).toBe(5 * MINUTE)
    expect(writes).toBe(49)
    expect(readdirSync(cwd)).toEqual(['app-state.json'])
    expect(readFileSync(join(cwd, 'app-state.json')).length).toBeLessThan(200)
  })

  test('the last heartbeat that reached the disk is known after a restart', () => {
    const cwd = tempFolder()
    const { store } = openState(cwd)
    store.recordHeartbeat('2026-11-24', at('2026-11-24', '17:00'))
    store.recordHeartbeat('2026-11-24', at('2026-11-24', '17:04'))
    expect(openState(cwd).store.lastHeartbeat()).toEqual({
      date: '2026-11-24',
      at: at('2026-11-24', '17:00'),
    })
  })

  test('a new day, or a clock set back, writes at once', () => {
    const cwd = tempFolder()
    const { store } = openState(cwd)
    store.recordHeartbeat('2026-11-24', at('2026-11-25', '03:58'))
    expect(store.recordHeartbeat('2026-11-25', at('2026-11-25', '04:00'))).toBe(true)
    expect(store.recordHeartbeat('2026-11-25', at('2026-11-25', '03:00'))).toBe(true)
    expect(store.lastHeartbeat()).toEqual({ date: '2026-11-25', at: at('2026-11-25', '03:00') })
  })
})

describe('questions and reports, each only once', () => {
  test('a next-morning confirmation asked before a restart is not asked again after it', () => {
    const cwd = tempFolder()
    openState(cwd).store.markConfirmationAsked('2026-11-23')
    const { store } = openState(cwd)
    expect(store.wasConfirmationAsked('2026-11-23')).toBe(true)
    expect(store.wasConfirmationAsked('2026-11-24')).toBe(false)
  })

  test('the list of asked dates keeps the recent ones and does not grow forever', () => {
    const { store } = openState(tempFolder())
    for (let day = 0; day < 400; day++) {
      store.markConfirmationAsked(new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10))
    }
    expect(store.wasConfirmationAsked('2026-02-04')).toBe(true)
    expect(store.wasConfirmationAsked('2025-01-01')).toBe(false)
  })

  test('a damaged-file report shown before a restart is not shown again', () => {
    const cwd = tempFolder()
    openState(cwd).store.markDamageReported('/data/days-2026.damaged-x.json')
    expect(openState(cwd).store.wasDamageReported('/data/days-2026.damaged-x.json')).toBe(true)
    expect(openState(cwd).store.wasDamageReported('/data/settings.damaged-x.json')).toBe(false)
  })

  test('a value the schema would refuse on the next start is refused now, and nothing is written', () => {
    const cwd = tempFolder()
    const { store } = openState(cwd)
    store.markConfirmationAsked('2026-11-23')
    const before = snapshotFolder(cwd)
    expect(() => store.markConfirmationAsked('yesterday')).toThrow()
    expect(() => store.recordHeartbeat('2026-11-24', Number.NaN)).toThrow()
    expect(snapshotFolder(cwd)).toEqual(before)
  })
})

describe('a damaged app state file', () => {
  test.each([
    ['garbage bytes', '\u00ff\u00fe garbage'],
    ['an unknown field', '{"heartbeat":{"date":"2026-11-24","at":5},"secret":1}'],
    ['a prototype key', '{"__proto__":{"polluted":true}}'],
    ['a JSON array, which conf would read as an empty store', '[{"heartbeat":{}}]'],
  ])(
    'holding %s is moved aside, reported once, and the app starts with nothing remembered',
    (_, bytes) => {
      const cwd = tempFolder()
      writeFileSync(join(cwd, 'app-state.json'), bytes)
      const { store, damaged } = openState(cwd)
      expect(store.lastHeartbeat()).toBeNull()
      expect(damaged).toEqual([join(cwd, 'app-state.damaged-2026-11-24T07-00-00-000Z.json')])
      expect(readFileSync(damaged[0] as string, 'utf8')).toBe(bytes)
      expect(openState(cwd).damaged).toEqual([])
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    },
  )
})
