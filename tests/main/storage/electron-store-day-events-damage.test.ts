// A damaged year file is moved aside with a timestamp, reported once, and only that year starts empty.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { createDayEventStore } from '../../../src/main/electron-store-day-events'
import { checkIn, removeTempFolders, tempFolder } from './storage-test-kit'

afterEach(removeTempFolders)

const clock = { now: () => Date.UTC(2026, 10, 25, 8, 30) }

function openStore(cwd: string) {
  const damaged: string[] = []
  const store = createDayEventStore({ cwd, clock, onDamaged: (path) => damaged.push(path) })
  return { store, damaged }
}

describe('a damaged year file', () => {
  const damagedYears: [string, string][] = [
    ['garbage bytes', '\u0000\u00ff{"days": {"2026-11-24": [ tru'],
    [
      'valid JSON with a bad event',
      '{"days":{"2026-11-24":[{"id":"a","at":1,"type":"check-in"}]}}',
    ],
    ['valid JSON with a date of another year', '{"days":{"2025-11-24":[]}}'],
    ['valid JSON with an unknown field', '{"days":{},"evil":true}'],
    ['a JSON array', '[1, 2, 3]'],
  ]

  test.each(damagedYears)(
    'holding %s is moved aside, reported once, and the year starts empty',
    (_, bytes) => {
      const cwd = tempFolder()
      const kept = checkIn('2025-06-01')
      openStore(cwd).store.append('2025-06-01', kept)
      writeFileSync(join(cwd, 'days-2026.json'), bytes)

      const { store, damaged } = openStore(cwd)
      expect(store.eventsFor('2026-11-24')).toEqual([])
      store.allDays()

      const movedTo = join(cwd, 'days-2026.damaged-2026-11-25T08-30-00-000Z.json')
      expect(damaged).toEqual([movedTo])
      expect(readFileSync(movedTo, 'utf8')).toBe(bytes)
      expect(existsSync(join(cwd, 'days-2026.json'))).toBe(false)
      expect(store.eventsFor('2025-06-01')).toEqual([kept])
      expect(store.allDays().map((day) => day.date)).toEqual(['2025-06-01'])

      const fresh = checkIn('2026-11-24')
      store.append('2026-11-24', fresh)
      const restarted = openStore(cwd)
      expect(restarted.store.eventsFor('2026-11-24')).toEqual([fresh])
      expect(restarted.damaged).toEqual([])
    },
  )

  test('a second damage in the same millisecond never overwrites the first', () => {
    const cwd = tempFolder()
    writeFileSync(join(cwd, 'days-2026.json'), 'first')
    openStore(cwd).store.eventsFor('2026-01-05')
    writeFileSync(join(cwd, 'days-2026.json'), 'second')
    const { store, damaged } = openStore(cwd)
    store.eventsFor('2026-01-05')

    expect(damaged).toEqual([join(cwd, 'days-2026.damaged-2026-11-25T08-30-00-000Z-1.json')])
    expect(readFileSync(join(cwd, 'days-2026.damaged-2026-11-25T08-30-00-000Z.json'), 'utf8')).toBe(
      'first',
    )
    expect(readFileSync(damaged[0] as string, 'utf8')).toBe('second')
  })
})
