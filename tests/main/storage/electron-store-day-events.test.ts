// A year of history on disk: each event lands in its year's file and other years are never rewritten.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import type { DayEvent } from '../../../src/core'
import { createDayEventStore, type DayEvents } from '../../../src/main/electron-store-day-events'
import {
  checkIn,
  everyKindOfEvent,
  readJson,
  removeTempFolders,
  snapshotFolder,
  tempFolder,
} from './storage-test-kit'

afterEach(removeTempFolders)

function openStore(cwd: string) {
  const store = createDayEventStore({ cwd, onDamaged: (path) => expect.fail(`damaged: ${path}`) })
  return { store }
}

/** A working year: 250 days of 30 events, about what a real year of Sundown leaves. */
function aYearOf(year: number): DayEvents[] {
  return Array.from({ length: 250 }, (_, index) => {
    const date = new Date(Date.UTC(year, 0, 1 + Math.floor(index * 1.4))).toISOString().slice(0, 10)
    return { date, events: Array.from({ length: 30 }, () => checkIn(date)) }
  })
}

describe('appending', () => {
  test('an event lands in its year file and is there after a restart', () => {
    const cwd = tempFolder()
    const event = checkIn('2026-11-24', 'good day')
    expect(openStore(cwd).store.append('2026-11-24', event)).toBe(true)

    expect(readdirSync(cwd)).toEqual(['days-2026.json'])
    expect(readJson(join(cwd, 'days-2026.json'))).toEqual({ days: { '2026-11-24': [event] } })
    expect(openStore(cwd).store.eventsFor('2026-11-24')).toEqual([event])
  })

  test('every kind of event survives the round trip to disk unchanged', () => {
    const cwd = tempFolder()
    const events = everyKindOfEvent('2026-03-02')
    const { store } = openStore(cwd)
    for (const event of events) store.append('2026-03-02', event)
    expect(openStore(cwd).store.eventsFor('2026-03-02')).toEqual(events)
  })

  test('an append rewrites only its own year file, even with a full year beside it', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    store.merge([...aYearOf(2025), ...aYearOf(2026)])
    const before = snapshotFolder(cwd)

    store.append('2026-11-24', checkIn('2026-11-24'))

    const after = snapshotFolder(cwd)
    expect([...after.keys()].sort()).toEqual(['days-2025.json', 'days-2026.json'])
    expect(after.get('days-2025.json')).toEqual(before.get('days-2025.json'))
    expect(after.get('days-2026.json')?.inode).not.toBe(before.get('days-2026.json')?.inode)
    // One year of 7,500 events is the whole cost of an append; the other years cost nothing.
    expect(after.get('days-2026.json')?.bytes.length).toBeLessThan(2_000_000)
  })

  test('opening and reading never write a file', () => {
    const cwd = tempFolder()
    openStore(cwd).store.merge(aYearOf(2026))
    const before = snapshotFolder(cwd)

    const { store } = openStore(cwd)
    store.eventsFor('2026-02-03')
    store.eventsFor('2024-02-03')
    store.allDays()

    expect(snapshotFolder(cwd)).toEqual(before)
  })

  test('an event whose id the day already holds is not stored twice', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    const event = checkIn('2026-11-24')
    store.append('2026-11-24', event)
    const before = snapshotFolder(cwd)

    expect(store.append('2026-11-24', { ...event, note: 'again' })).toBe(false)
    expect(snapshotFolder(cwd)).toEqual(before)
  })

  test('an event the schema refuses is never written, so it cannot cost the year later', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    store.append('2026-11-24', checkIn('2026-11-24'))
    const before = snapshotFolder(cwd)
    const tooLong = { ...checkIn('2026-11-24'), note: 'x'.repeat(100_000) }
    const badEnergy = { ...checkIn('2026-11-24'), energy: 9 } as unknown as DayEvent

    expect(() => store.append('2026-11-24', tooLong)).toThrow()
    expect(() => store.append('2026-11-24', badEnergy)).toThrow()
    expect(() => store.append('2026-02-30', checkIn('2026-11-24'))).toThrow()
    expect(snapshotFolder(cwd)).toEqual(before)
  })
})

describe('reading', () => {
  test('every day of every year comes in date order, each with its own events', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    const late = checkIn('2026-11-30')
    const early = checkIn('2026-11-02')
    store.append('2026-11-30', late)
    store.append('2026-12-01', checkIn('2026-12-01'))
    store.append('2026-11-02', early)
    store.append('2025-11-15', checkIn('2025-11-15'))

    expect(store.eventsFor('2026-11-02')).toEqual([early])
    expect(store.eventsFor('2026-11-30')).toEqual([late])
    expect(readdirSync(cwd).sort()).toEqual(['days-2025.json', 'days-2026.json'])
    expect(store.allDays().map((day) => day.date)).toEqual([
      '2025-11-15',
      '2026-11-02',
      '2026-11-30',
      '2026-12-01',
    ])
  })

  test('a malformed date is refused and names no file', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    expect(() => store.eventsFor('yesterday')).toThrow()
    expect(() => store.eventsFor('2026-13-01')).toThrow()
    expect(readdirSync(cwd)).toEqual([])
  })
})

describe('merging', () => {
  test('importing the same days twice adds nothing the second time', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    const days = [...aYearOf(2025).slice(0, 3), ...aYearOf(2026).slice(0, 2)]

    expect(store.merge(days)).toEqual({ imported: 150, skipped: 0 })
    const before = snapshotFolder(cwd)
    expect(store.merge(days)).toEqual({ imported: 0, skipped: 150 })
    expect(snapshotFolder(cwd)).toEqual(before)
  })

  test('a merge adds only the events a day lacks, and leaves untouched years alone', () => {
    const cwd = tempFolder()
    const { store } = openStore(cwd)
    const mine = checkIn('2026-05-04', 'from this machine')
    const theirs = checkIn('2026-05-04', 'from the laptop')
    store.append('2026-05-04', mine)
    store.append('2024-05-04', checkIn('2024-05-04'))
    const before = snapshotFolder(cwd)

    expect(store.merge([{ date: '2026-05-04', events: [mine, theirs] }])).toEqual({
      imported: 1,
      skipped: 1,
    })
    expect(openStore(cwd).store.eventsFor('2026-05-04')).toEqual([mine, theirs])
    expect(snapshotFolder(cwd).get('days-2024.json')).toEqual(before.get('days-2024.json'))
  })
})
