// Names in a device's sync folder: our files, every sync tool's conflict copies of them, and what to leave alone.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEVICE_FILE,
  SETTINGS_FILE,
  eventsFileName,
  isDeviceId,
  syncFileName,
  type SundownFile,
} from '../../src/core'

const EVENTS_2026: SundownFile = { kind: 'events', year: 2026 }
const DEVICE: SundownFile = { kind: 'device' }
const SETTINGS: SundownFile = { kind: 'settings' }

describe('our own files', () => {
  it('names one file per year of events, and the device and settings files', () => {
    expect(eventsFileName(2026)).toBe('events-2026.jsonl')
    expect(syncFileName('events-2026.jsonl')).toEqual(EVENTS_2026)
    expect(syncFileName(DEVICE_FILE)).toEqual(DEVICE)
    expect(syncFileName(SETTINGS_FILE)).toEqual(SETTINGS)
  })

  it('reads back every year it names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 9999 }), (year) => {
        expect(syncFileName(eventsFileName(year))).toEqual({ kind: 'events', year })
      }),
    )
  })
})

/** Realistic conflict copies, as each tool names them, of each of our files. */
const CONFLICT_COPIES: [string, SundownFile, string][] = [
  // Syncthing: name.sync-conflict-YYYYMMDD-HHMMSS-<7-character short device id>.ext
  ['events-2026.sync-conflict-20261207-173512-D4LGQYW.jsonl', EVENTS_2026, 'syncthing'],
  ['settings.sync-conflict-20261207-173512-7MZ2K3Q.json', SETTINGS, 'syncthing'],
  ['device.sync-conflict-20260101-000001-ABCDEF1.json', DEVICE, 'syncthing'],
  // Dropbox: owner's conflicted copy with a date, without an owner, with counters.
  ["events-2026 (Jane Doe's conflicted copy 2026-12-07).jsonl", EVENTS_2026, 'dropbox'],
  ["settings (DESKTOP-UMS014A's conflicted copy 2026-12-07).json", SETTINGS, 'dropbox'],
  ['settings (conflicted copy 2026-12-07).json', SETTINGS, 'dropbox'],
  ['device (Jane’s conflicted copy 2026-12-07 (1)).json', DEVICE, 'dropbox'],
  ["settings (Jane's conflicted copy 2026-12-07) (1).json", SETTINGS, 'dropbox'],
  // OneDrive: -<computer name>, which may itself hold dashes, and a counter on a repeat.
  ['events-2026-DESKTOP-1.jsonl', EVENTS_2026, 'onedrive'],
  ['events-2026-LAPTOP.jsonl', EVENTS_2026, 'onedrive'],
  ['settings-HOME-PC.json', SETTINGS, 'onedrive'],
  ['device-laptop-2.json', DEVICE, 'onedrive'],
  ['settings-ip-172-31-41-236.json', SETTINGS, 'onedrive'],
  // Nextcloud: the current tag, with and without the user, and the older one.
  ['events-2026 (conflicted copy 2026-12-07 173512).jsonl', EVENTS_2026, 'nextcloud'],
  ['settings (conflicted copy jane 2026-12-07 173512).json', SETTINGS, 'nextcloud'],
  ['device_conflict-20261207-173512.json', DEVICE, 'nextcloud'],
  ['events-2026_conflict-jane-20261207-173512.jsonl', EVENTS_2026, 'nextcloud'],
  // iCloud Drive: name 2.ext
  ['settings 2.json', SETTINGS, 'icloud'],
  ['events-2026 3.jsonl', EVENTS_2026, 'icloud'],
]

describe('conflict copies', () => {
  it.each(CONFLICT_COPIES)('%s is a conflict copy', (name, of, engine) => {
    expect(syncFileName(name)).toEqual({ kind: 'conflict-copy', of, engine })
  })

  it('keeps events-2026.jsonl an events file, not a OneDrive copy of events.jsonl', () => {
    expect(syncFileName('events-2026.jsonl')).toEqual(EVENTS_2026)
  })

  it('counts a OneDrive-looking name as a copy only when the name before it is ours', () => {
    expect(syncFileName('notes-LAPTOP.json')).toEqual({ kind: 'ignored' })
    expect(syncFileName('events-LAPTOP.jsonl')).toEqual({ kind: 'ignored' })
    expect(syncFileName('device-LAPTOP.jsonl')).toEqual({ kind: 'ignored' })
    expect(syncFileName('events-2026-LAPTOP.json')).toEqual({ kind: 'ignored' })
    expect(syncFileName('settings-.json')).toEqual({ kind: 'ignored' })
    expect(syncFileName('settings-my laptop.json')).toEqual({ kind: 'ignored' })
    expect(syncFileName('settings-old.bak.json')).toEqual({ kind: 'ignored' })
    expect(syncFileName('settings.old-LAPTOP.json')).toEqual({ kind: 'ignored' })
    expect(syncFileName('settings backup 2.json')).toEqual({ kind: 'ignored' })
  })
})

describe('names to leave alone', () => {
  it.each([
    // Syncthing's temporary files while a file arrives (Unix and Windows prefixes).
    '.syncthing.events-2026.jsonl.tmp',
    '~syncthing~settings.json.tmp',
    // Dropbox's temporary and lock files, its cache and marker.
    '.~settings.json',
    '~$settings.json',
    '.dropbox',
    '.dropbox.cache',
    // Nextcloud's partial downloads and LibreOffice-style locks.
    '.events-2026.jsonl.~4f1a',
    '.~lock.settings.json#',
    // Partial downloads and temporary files of any tool or editor.
    'events-2026.jsonl.part',
    'events-2026.jsonl.partial',
    'settings.json.tmp',
    'events-2026.jsonl.crdownload',
    '.settings.json.swp',
    'settings.json~',
    // iCloud placeholders for files not downloaded yet.
    '.events-2026.jsonl.icloud',
    '.settings.json.icloud',
    // The operating systems' own files.
    '.DS_Store',
    'desktop.ini',
    'Thumbs.db',
    // Anything else: not ours, or close to ours but not the same.
    'notes.txt',
    'events-26.jsonl',
    'events-2026.json',
    'Events-2026.jsonl',
    'SETTINGS.JSON',
    'settings.json.sync-conflict-20261207-173512-D4LGQYW',
    'settings (1).json',
    'settings 1.json',
    'settings (Jane conflicted copy 2026-12-07).json',
    '',
  ])('%j is ignored', (name) => {
    expect(syncFileName(name)).toEqual({ kind: 'ignored' })
  })

  it('never mistakes a temporary or hidden file for one of ours, whatever follows', () => {
    const ours = fc.constantFrom('events-2026.jsonl', DEVICE_FILE, SETTINGS_FILE)
    const prefix = fc.constantFrom('.', '~', '~$', '.~', '.syncthing.', '~syncthing~')
    fc.assert(
      fc.property(prefix, ours, fc.string({ maxLength: 8 }), (before, name, after) => {
        expect(syncFileName(`${before}${name}${after}`)).toEqual({ kind: 'ignored' })
      }),
    )
  })
})

describe('isDeviceId', () => {
  it('accepts the names a device folder can have', () => {
    expect(isDeviceId('7f3c2a10-5b9e-4c1d-8a2f-0e6b9d4c3a21')).toBe(true)
    expect(isDeviceId('laptop')).toBe(true)
    expect(isDeviceId('a'.repeat(64))).toBe(true)
  })

  it('refuses anything else in devices/', () => {
    for (const name of ['', 'a'.repeat(65), '.DS_Store', 'my laptop', 'laptop.tmp', '..', 'ä']) {
      expect({ name, ok: isDeviceId(name) }).toEqual({ name, ok: false })
    }
  })
})
