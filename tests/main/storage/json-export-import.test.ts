// Moving history between machines: an export imports cleanly and only once; a bad file is refused whole and changes nothing.
import { afterEach, describe, expect, test } from 'vitest'
import {
  DEFAULT_SETTINGS,
  planFor,
  replayDay,
  type DayEvent,
  type Settings,
} from '../../../src/core'
import { createDayEventStore } from '../../../src/main/electron-store-day-events'
import { createSettingsStore } from '../../../src/main/electron-store-settings'
import { exportAll, exportRecordsCsv, importJson } from '../../../src/main/json-export-import'
import {
  at,
  checkIn,
  everyKindOfEvent,
  removeTempFolders,
  snapshotFolder,
  tempFolder,
} from './storage-test-kit'
import { en } from '../../../src/shared/messages/en'
import { describeImportProblem } from '../../../src/shared/messages/describe-problem'

afterEach(removeTempFolders)

const clock = { now: () => Date.UTC(2026, 11, 1, 9) }
const onDamaged = (path: string) => {
  throw new Error(`nothing here should be damaged: ${path}`)
}

function machine() {
  const cwd = tempFolder()
  return {
    cwd,
    settings: createSettingsStore({ cwd, clock, onDamaged }),
    days: createDayEventStore({ cwd, clock, onDamaged }),
  }
}

const earlyFinish = (): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), graceMinutes: 3 })

/** A desktop with three days of history in two years and its own settings. */
function desktopWithHistory() {
  const desktop = machine()
  desktop.settings.write(earlyFinish())
  for (const event of everyKindOfEvent('2025-12-30')) desktop.days.append('2025-12-30', event)
  desktop.days.append('2026-01-05', checkIn('2026-01-05', 'new year, new plan'))
  desktop.days.append('2026-01-06', checkIn('2026-01-06'))
  return desktop
}

describe('export then import', () => {
  test('a laptop importing the desktop export ends up with the same history and settings', () => {
    const desktop = desktopWithHistory()
    const exported = exportAll(desktop.settings, desktop.days, clock)
    expect(JSON.parse(exported)).toMatchObject({
      format: 'sundown-export',
      version: 1,
      exportedAt: '2026-12-01T09:00:00.000Z',
    })

    const laptop = machine()
    expect(importJson(exported, laptop.settings, laptop.days)).toEqual({
      imported: 17,
      skipped: 0,
    })

    expect(laptop.days.allDays()).toEqual(desktop.days.allDays())
    expect(laptop.settings.read()).toEqual(earlyFinish())
  })

  test('importing the same file twice changes nothing the second time', () => {
    const exported = exportAll(desktopWithHistory().settings, desktopWithHistory().days, clock)
    const laptop = machine()
    importJson(exported, laptop.settings, laptop.days)
    const before = snapshotFolder(laptop.cwd)

    expect(importJson(exported, laptop.settings, laptop.days)).toEqual({
      imported: 0,
      skipped: 17,
    })
    const after = snapshotFolder(laptop.cwd)
    for (const name of ['days-2025.json', 'days-2026.json']) {
      expect(after.get(name)).toEqual(before.get(name))
    }
    expect(after.get('settings.json')?.bytes).toEqual(before.get('settings.json')?.bytes)
  })

  test('an export carrying v0 settings is migrated on the way in', () => {
    const file = JSON.parse(exportAll(machine().settings, desktopWithHistory().days, clock))
    file.settings = { endTime: '15:00', workdays: ['mon', 'tue'] }
    const laptop = machine()
    expect(importJson(JSON.stringify(file), laptop.settings, laptop.days)).toMatchObject({
      imported: 17,
    })
    expect(laptop.settings.read().weekly.tue).toEqual({ workday: true, end: '15:00' })
  })
})

describe('a bad file is refused whole and changes nothing', () => {
  const good = () =>
    JSON.parse(exportAll(desktopWithHistory().settings, desktopWithHistory().days, clock))
  /** The good export with one more event, spliced in as raw JSON text so any key survives. */
  const withEventText = (eventJson: string) => {
    const file = good()
    file.days[1].events.push('EVENT')
    return JSON.stringify(file).replace('"EVENT"', eventJson)
  }
  const withEvent = (event: unknown) => withEventText(JSON.stringify(event))
  const evil = checkIn('2026-01-05')

  const badFiles: [string, () => string, RegExp][] = [
    ['not JSON', () => 'PK\u0003\u0004 zip bytes', /not JSON/],
    ['an empty file', () => '', /not JSON/],
    [
      'JSON of another app',
      () => JSON.stringify({ format: 'other', days: [] }),
      /not a Sundown export/,
    ],
    ['a bare JSON array', () => '[]', /not a Sundown export/],
    ['a newer export version', () => JSON.stringify({ ...good(), version: 7 }), /version 7/],
    [
      'a bad event after good ones',
      () => withEvent({ ...evil, energy: 11 }),
      /days\.1\.events\.\d+\.energy/,
    ],
    [
      'an event of wrong types',
      () => withEvent({ ...evil, at: '2026-01-05' }),
      /days\.1\.events\.\d+\.at/,
    ],
    ['an event with an unknown field', () => withEvent({ ...evil, admin: true }), /admin/],
    ['a huge string', () => withEvent({ ...evil, note: 'x'.repeat(2_000_000) }), /under 500/],
    [
      'a __proto__ key inside an event',
      () => withEventText(`{"__proto__":{"isAdmin":true},${JSON.stringify(evil).slice(1)}`),
      /"__proto__" key/,
    ],
    [
      'a constructor key inside the settings',
      () =>
        JSON.stringify({
          ...good(),
          settings: { ...earlyFinish(), constructor: { prototype: { x: 1 } } },
        }),
      /"(constructor|prototype)" key/,
    ],
    [
      'invalid settings',
      () => JSON.stringify({ ...good(), settings: { ...earlyFinish(), graceMinutes: -1 } }),
      /graceMinutes/,
    ],
    [
      'a day of an impossible date',
      () => JSON.stringify({ ...good(), days: [{ date: '2026-02-30', events: [] }] }),
      /days\.0\.date/,
    ],
  ]

  test.each(badFiles)('%s', (_, makeFile, names) => {
    const laptop = machine()
    laptop.settings.write({ ...earlyFinish(), graceMinutes: 7 })
    laptop.days.append('2026-01-05', checkIn('2026-01-05', 'mine'))
    const before = snapshotFolder(laptop.cwd)

    const result = importJson(makeFile(), laptop.settings, laptop.days)

    // The refusal is a problem as data; the settings window words it, as here in English.
    if (!('problem' in result)) throw new Error(`imported: ${JSON.stringify(result)}`)
    const words = describeImportProblem(result.problem, en)
    expect(words).toMatch(names)
    expect(words.length).toBeLessThan(400)
    expect(snapshotFolder(laptop.cwd)).toEqual(before)
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined()
  })
})

describe('the CSV of day records', () => {
  const zone = 'UTC'
  const recordOf = (date: string, events: DayEvent[]) =>
    replayDay(planFor(DEFAULT_SETTINGS, date, zone), events, DEFAULT_SETTINGS)

  test('has a header and one row per day, with empty cells where a day has no verdict', () => {
    const ritualDay = recordOf('2026-11-24', [
      { ...checkIn('2026-11-24'), energy: 4, alignment: 3 },
      {
        id: 'c2',
        at: at('2026-11-24', '16:00'),
        type: 'check-in',
        energy: 5,
        alignment: 4,
        note: '',
      },
      { id: 'r1', at: at('2026-11-24', '17:35'), type: 'ritual-completed' },
    ])
    const dayOff = recordOf('2026-11-28', [])

    expect(exportRecordsCsv([ritualDay, dayOff]).split('\r\n')).toEqual([
      'date,planned end,end,left at,source,on time,minutes late,planned overtime minutes,after-hours minutes,check-ins,average energy,average alignment',
      '2026-11-24,2026-11-24T17:30:00.000Z,2026-11-24T17:30:00.000Z,2026-11-24T17:35:00.000Z,ritual,yes,5,0,0,2,4.5,3.5',
      '2026-11-28,,,,,,,0,0,0,,',
      '',
    ])
  })

  test('quotes a cell holding a quote, a comma or a line break, doubling its quotes', () => {
    const odd = { ...recordOf('2026-11-28', []), date: 'say "hi", then\nleave' }
    expect(exportRecordsCsv([odd]).split('\r\n')[1]).toBe('"say ""hi"", then\nleave",,,,,,,0,0,0,,')
  })
})
