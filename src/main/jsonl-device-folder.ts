/** Files in the sync folder: where each device's folder is, event lines as JSON Lines, atomic JSON writes, copies put aside. */
import {
  appendFileSync,
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import * as v from 'valibot'
import type { DayEvent, DeviceId, LocalDate } from '../core'
import { DayEventSchema, LocalDateSchema } from '../shared/day-event-schema'

/** One line of an events file: the work date the event belongs to, and the event. */
export interface EventLine {
  date: LocalDate
  event: DayEvent
}

const LineSchema = v.strictObject({ date: LocalDateSchema, event: DayEventSchema })

/** `<folder>/Sundown/devices`: every device's folder is in it. */
export const devicesFolderOf = (folder: string): string => join(folder, 'Sundown', 'devices')

/** `<folder>/Sundown/devices/<id>`: the folder only device `id` writes. */
export const deviceFolderOf = (folder: string, id: DeviceId): string =>
  join(devicesFolderOf(folder), id)

/** The line for an event recorded on `device`: the event names its device, so the line stands alone. */
export const lineOf = (date: LocalDate, event: DayEvent, device: DeviceId): string =>
  JSON.stringify({ date, event: { ...event, device: event.device ?? device } })

/**
 * A checked line, its event named for the folder's device: only that device writes there, so a
 * line naming another (or this) device is not believed. Null when refused.
 */
export function parseEventLine(text: string, device: DeviceId): EventLine | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = v.safeParse(LineSchema, raw)
  if (!parsed.success) return null
  const event = parsed.output.event as DayEvent
  return { date: parsed.output.date, event: { ...event, device } }
}

/** Appends whole lines in one write; each ends in a newline, so a reader never takes half of one as complete. */
export function appendLines(path: string, lines: readonly string[]): void {
  if (lines.length === 0) return
  appendFileSync(path, lines.map((line) => `${line}\n`).join(''))
}

/** The file's JSON, or null when it is missing or does not parse. */
export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

/**
 * Writes `value` as `path` whole or not at all: a temporary file beside it, flushed to disk, then
 * renamed over it, so a sync engine or another device never reads half a file. The temporary
 * name starts with a dot and ends in `.tmp`, which every reader here ignores.
 */
export function writeJsonAtomic(path: string, value: unknown): void {
  const temporary = join(path, '..', `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(temporary, 'w')
  try {
    writeSync(fd, `${JSON.stringify(value, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
}

/**
 * Copies a file into `folder` (this device's data folder) as `<prefix>-<name>.<stamp><ext>`;
 * the original stays where it is. Never overwrites an earlier copy.
 */
export function copyAside(path: string, folder: string, prefix: string, nowMs: number): string {
  mkdirSync(folder, { recursive: true })
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-')
  for (let attempt = 0; ; attempt++) {
    const suffix = attempt === 0 ? '' : `-${attempt}`
    const target = join(folder, `${prefix}-${stamp}${suffix}-${basename(path)}`)
    if (existsSync(target)) continue
    copyFileSync(path, target)
    return target
  }
}
