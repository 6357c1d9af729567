/** This device's own folder beyond its events: device.json with a write mark, settings.json, and the conflict copies a sync engine left there. */
import { mkdirSync, readFileSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { DeviceId, LocalDate } from '../core'
import { DEVICE_FILE, SETTINGS_FILE, syncFileName } from '../core/sync-file-names'
import type { DeviceSummary } from '../shared/devices-state'
import { completeLines } from './jsonl-appended-reader'
import { copyAside, parseEventLine, readJson, writeJsonAtomic } from './jsonl-device-folder'
import { fileKindOf, listed, readSettingsCopy, type SettingsCopy } from './sync-remote-files'

/** What device.json says beyond the summary: whose hand last wrote it. */
const WriteMarkSchema = v.object({ writeId: v.string() })

/** What the own folder's conflict copies hold. */
export interface OwnConflicts {
  /** Another installation wrote here: event ids this device never stored, or a write mark it never made. */
  anotherWriter: boolean
  settings: SettingsCopy[]
  /** The copies read: tidied away once what they hold is merged. */
  copies: string[]
}

/** The write mark in the own device.json, or null when there is none to read. */
export function writeMarkIn(folder: string): string | null {
  const parsed = v.safeParse(WriteMarkSchema, readJson(join(folder, DEVICE_FILE)))
  return parsed.success ? parsed.output.writeId : null
}

/** Writes device.json: the summary the other devices show, plus this run's write mark and earlier ids. */
export function writeDeviceFile(
  folder: string,
  summary: DeviceSummary,
  writeId: string,
  previousIds: readonly DeviceId[],
): void {
  mkdirSync(folder, { recursive: true })
  writeJsonAtomic(join(folder, DEVICE_FILE), { ...summary, writeId, previousIds })
}

/** Writes settings.json: the shared settings in force and their stamp. */
export function writeSettingsFile(folder: string, copy: SettingsCopy): void {
  mkdirSync(folder, { recursive: true })
  writeJsonAtomic(join(folder, SETTINGS_FILE), copy)
}

/** The settings copy in the own folder, if any. */
export const ownSettingsCopy = (folder: string): SettingsCopy | null =>
  readSettingsCopy(join(folder, SETTINGS_FILE))

/**
 * Reads the conflict copies in the own folder. An events copy whose ids this device all holds,
 * and a device copy with a mark this device made, are only echoes of its own writes; anything
 * else means another installation writes with this id.
 */
export function readOwnConflicts(
  folder: string,
  self: DeviceId,
  isOwnEvent: (date: LocalDate, id: string) => boolean,
  isOwnMark: (writeId: string) => boolean,
): OwnConflicts {
  const found: OwnConflicts = { anotherWriter: false, settings: [], copies: [] }
  for (const name of listed(folder)) {
    if (syncFileName(name).kind !== 'conflict-copy') continue
    const path = join(folder, name)
    const kind = fileKindOf(name)
    if (kind === 'events') {
      const lines = completeLines(readFileSync(path), (line) => parseEventLine(line, self))
      if (lines.items.some(({ date, event }) => !isOwnEvent(date, event.id)))
        found.anotherWriter = true
    } else if (kind === 'device') {
      const parsed = v.safeParse(WriteMarkSchema, readJson(path))
      if (parsed.success && !isOwnMark(parsed.output.writeId)) found.anotherWriter = true
    } else if (kind === 'settings') {
      const copy = readSettingsCopy(path)
      if (copy) found.settings.push(copy)
    } else continue
    found.copies.push(path)
  }
  return found
}

/** Moves a conflict copy out of the own folder into `asideFolder`: copied first, then removed, never lost. */
export function tidyAway(path: string, asideFolder: string, nowMs: number): string {
  const movedTo = copyAside(path, asideFolder, 'merged', nowMs)
  unlinkSync(path)
  return movedTo
}
