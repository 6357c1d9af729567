// Appends land in a small journal and never rewrite a year of history; finished days fold into their year file exactly once.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { createDayEventStore } from '../../../src/main/electron-store-day-events'
import { createJournaledDayEventStore } from '../../../src/main/electron-store-day-journal'
import {
  checkIn,
  readJson,
  removeTempFolders,
  snapshotFolder,
  tempFolder,
} from './storage-test-kit'

afterEach(removeTempFolders)

const open = (cwd: string, damaged: string[] = []) =>
  createJournaledDayEventStore({ cwd, onDamaged: (path) => damaged.push(path) })

describe('a day of appends', () => {
  test('touches only the journal: the year file keeps its bytes and inode', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    store.append('2026-11-23', checkIn('2026-11-23', 'yesterday'))
    store.fold('2026-11-24')
    const before = snapshotFolder(cwd).get('days-2026.json')
    for (let n = 0; n < 20; n++) store.append('2026-11-24', checkIn('2026-11-24', `note ${n}`))
    const after = snapshotFolder(cwd).get('days-2026.json')
    expect(after?.bytes.equals(before?.bytes ?? Buffer.alloc(0))).toBe(true)
    expect(after?.inode).toBe(before?.inode)
    expect(store.eventsFor('2026-11-24')).toHaveLength(20)
  })

  test('reads see the year file and the journal together, each event once', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    const morning = checkIn('2026-11-24', 'morning')
    store.append('2026-11-24', morning)
    expect(store.append('2026-11-24', morning)).toBe(false)
    store.append('2026-11-20', checkIn('2026-11-20'))
    store.fold('2026-11-24')
    store.append('2026-11-20', checkIn('2026-11-20', 'a correction made later'))
    expect(store.eventsFor('2026-11-20').map((event) => (event as { note: string }).note)).toEqual([
      'steady',
      'a correction made later',
    ])
    expect(store.allDays().map((day) => day.date)).toEqual(['2026-11-20', '2026-11-24'])
    expect(store.allDays().flatMap((day) => day.events)).toHaveLength(3)
  })
})

describe('folding finished days', () => {
  test('moves days before today into the year file and keeps today in the journal', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    store.append('2025-12-31', checkIn('2025-12-31'))
    store.append('2026-11-23', checkIn('2026-11-23'))
    store.append('2026-11-24', checkIn('2026-11-24'))
    store.fold('2026-11-24')
    expect(
      Object.keys((readJson(join(cwd, 'days-journal.json')) as { days: object }).days),
    ).toEqual(['2026-11-24'])
    const years = createDayEventStore({ cwd, onDamaged: () => undefined })
    expect(years.eventsFor('2025-12-31')).toHaveLength(1)
    expect(years.eventsFor('2026-11-23')).toHaveLength(1)
    expect(years.eventsFor('2026-11-24')).toHaveLength(0)
    expect(open(cwd).eventsFor('2026-11-24')).toHaveLength(1)
  })

  test('a fold cut short (day in both places) shows no duplicate and finishes on the next fold', () => {
    const cwd = tempFolder()
    const event = checkIn('2026-11-23')
    createDayEventStore({ cwd, onDamaged: () => undefined }).merge([
      { date: '2026-11-23', events: [event] },
    ])
    writeFileSync(
      join(cwd, 'days-journal.json'),
      JSON.stringify({ days: { '2026-11-23': [event] } }),
    )
    const store = open(cwd)
    expect(store.eventsFor('2026-11-23')).toEqual([event])
    store.fold('2026-11-24')
    expect(
      (readJson(join(cwd, 'days-2026.json')) as { days: Record<string, unknown[]> }).days[
        '2026-11-23'
      ],
    ).toHaveLength(1)
    expect((readJson(join(cwd, 'days-journal.json')) as { days: object }).days).toEqual({})
  })

  test('a damaged journal is moved aside and reported, and the year files stay readable', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    store.append('2026-11-20', checkIn('2026-11-20'))
    store.fold('2026-11-24')
    writeFileSync(join(cwd, 'days-journal.json'), '{"days": {"2026-11-24": [{"id": 7}]')
    const damaged: string[] = []
    const reopened = open(cwd, damaged)
    expect(damaged).toHaveLength(1)
    expect(damaged[0]).toMatch(/days-journal\.damaged-.*\.json$/)
    expect(reopened.eventsFor('2026-11-20')).toHaveLength(1)
    expect(reopened.eventsFor('2026-11-24')).toEqual([])
  })
})

describe('folding in batches', () => {
  test('nothing moves until a day is four weeks old; then all but the last week moves at once', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    for (const date of ['2026-10-20', '2026-11-10', '2026-11-20', '2026-11-24']) {
      store.append(date, checkIn(date))
    }
    store.foldOldDays('2026-11-17')
    expect(snapshotFolder(cwd).has('days-2026.json')).toBe(false)
    store.foldOldDays('2026-11-24')
    const journalDates = Object.keys(
      (readJson(join(cwd, 'days-journal.json')) as { days: object }).days,
    )
    expect(journalDates).toEqual(['2026-11-20', '2026-11-24'])
    const years = createDayEventStore({ cwd, onDamaged: () => undefined })
    expect(years.allDays().map((day) => day.date)).toEqual(['2026-10-20', '2026-11-10'])
    expect(years.eventsFor('2026-11-10')).toHaveLength(1)
  })
})

describe('a write the disk refuses', () => {
  // A directory where the file was: the atomic rename fails, for root too.
  const blockFile = (path: string) => {
    rmSync(path)
    mkdirSync(path)
  }

  test('in the journal: the append throws and the event is not read back as stored', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    const kept = checkIn('2026-11-24', 'kept')
    store.append('2026-11-24', kept)
    blockFile(join(cwd, 'days-journal.json'))

    expect(() => store.append('2026-11-24', checkIn('2026-11-24', 'refused'))).toThrow()
    expect(store.eventsFor('2026-11-24')).toEqual([kept])
  })

  test('in a year file: the merge throws and the days read as the disk holds them', () => {
    const cwd = tempFolder()
    const years = createDayEventStore({ cwd, onDamaged: () => undefined })
    const kept = checkIn('2026-11-20', 'kept')
    years.append('2026-11-20', kept)
    blockFile(join(cwd, 'days-2026.json'))

    const refused = { date: '2026-11-21', events: [checkIn('2026-11-21', 'refused')] }
    expect(() => years.merge([refused])).toThrow()
    expect(years.allDays()).toEqual([{ date: '2026-11-20', events: [kept] }])
  })
})

describe('other devices’ recent events', () => {
  test('are kept apart: an append here rewrites this device’s recent days only, and reads see both', () => {
    const cwd = tempFolder()
    const store = open(cwd)
    const desktop = Array.from({ length: 30 }, (_, n) => ({
      ...checkIn('2026-11-24', `desktop ${n}`),
      device: 'home-desktop',
    }))
    store.mergeRecent([{ date: '2026-11-24', events: desktop }], '2026-11-24')
    const others = snapshotFolder(cwd).get('days-journal-others.json')
    store.append('2026-11-24', checkIn('2026-11-24', 'here'))
    const ownJournal = readJson(join(cwd, 'days-journal.json')) as {
      days: Record<string, { note: string }[]>
    }
    expect(ownJournal.days['2026-11-24']?.map((event) => event.note)).toEqual(['here'])
    expect(snapshotFolder(cwd).get('days-journal-others.json')?.inode).toBe(others?.inode)
    expect(store.eventsFor('2026-11-24')).toHaveLength(31)

    // Folded, both journals' days land in the year file once.
    store.fold('2026-11-25')
    expect(
      createDayEventStore({ cwd, onDamaged: () => undefined }).eventsFor('2026-11-24'),
    ).toHaveLength(31)
    expect(open(cwd).eventsFor('2026-11-24')).toHaveLength(31)
  })
})
