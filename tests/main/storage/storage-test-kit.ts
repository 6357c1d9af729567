// Storage test kit: temporary folders, byte-exact folder snapshots, and day events of every kind.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DayEvent, EventOf } from '../../../src/core'

const made: string[] = []

/** A fresh empty folder, removed by `removeTempFolders`. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sundown-storage-'))
  made.push(folder)
  return folder
}

/** Removes every folder `tempFolder` made; call it from afterEach. */
export function removeTempFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
}

/** A file as a test compares it: its bytes, and its inode (an atomic rewrite always changes it). */
export interface FileSnapshot {
  bytes: Buffer
  inode: number
  mtimeMs: number
}

/** Every file of a folder, by name. */
export function snapshotFolder(folder: string): Map<string, FileSnapshot> {
  return new Map(
    readdirSync(folder).map((name) => {
      const path = join(folder, name)
      const stat = statSync(path)
      return [name, { bytes: readFileSync(path), inode: stat.ino, mtimeMs: stat.mtimeMs }]
    }),
  )
}

/** The file's JSON, parsed. */
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** A UTC instant on a date, at a wall time in UTC. */
export const at = (date: string, time = '12:00'): number => Date.parse(`${date}T${time}:00Z`)

let serial = 0
const nextId = (): string => `ev-${++serial}`

/** A check-in on a date. */
export const checkIn = (date: string, note = 'steady', id = nextId()): EventOf<'check-in'> => ({
  id,
  at: at(date, '15:00'),
  type: 'check-in',
  energy: 4,
  alignment: 3,
  note,
})

/** One event of every kind the core knows, on a date. */
export function everyKindOfEvent(date: string): DayEvent[] {
  const base = (time: string) => ({ id: nextId(), at: at(date, time) })
  return [
    { ...base('08:00'), type: 'app-started' },
    { ...base('10:00'), type: 'check-in', energy: 5, alignment: 4, note: 'launch week, "busy"' },
    { ...base('12:00'), type: 'away', reason: 'lock' },
    { ...base('12:40'), type: 'back', reason: 'unlock' },
    { ...base('13:00'), type: 'heartbeat' },
    {
      ...base('17:15'),
      type: 'prompt-shown',
      prompt: 'heads-up',
      forEndAt: at(date, '17:30'),
      delivered: true,
    },
    { ...base('17:30'), type: 'snoozed', minutes: 10 },
    {
      ...base('17:41'),
      type: 'staying-late',
      untilAt: at(date, '19:00'),
      reason: 'deadline',
      note: '',
    },
    { ...base('18:50'), type: 'ritual-started' },
    {
      ...base('18:52'),
      type: 'ritual-answer',
      stepId: 'first-task',
      answer: 'Write the release notes',
    },
    { ...base('18:55'), type: 'ritual-completed' },
    { ...base('18:56'), type: 'leaving-now' },
    { ...base('18:57'), type: 'leave-corrected', leftAt: at(date, '18:58') },
    { ...base('19:00'), type: 'reminders-paused' },
    { ...base('19:01'), type: 'day-off' },
  ]
}
