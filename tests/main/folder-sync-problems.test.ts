// What goes wrong in a shared folder: a damaged file, conflict copies, a cloned disk, a folder that goes away.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, expect, test } from 'vitest'
import { deviceFolderOf } from '../../src/main/jsonl-device-folder'
import { FakeClock } from '../support/fake-clock'
import { berlin } from '../support/launch-sundown'
import { appendAs, lineFor, linesOf, namesIn, syncDevice, tempFolder } from '../support/sync-device'

const date = '2026-12-07'
let clock: FakeClock
let folder: string

beforeEach(() => {
  clock = new FakeClock(berlin(date, '09:00'))
  folder = tempFolder('sync')
})

const heartbeat = (id: string, time: string) => ({ id, at: berlin(date, time), type: 'heartbeat' })
const ids = (device: ReturnType<typeof syncDevice>) =>
  device.eventsOn(date).map((event) => event.id)

test('another device’s damaged file: the good lines are taken, a copy is put aside, it is reported, and the file itself is left alone', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const text =
    lineFor(date, heartbeat('good-1', '19:00')) +
    '{"date":"2026-12-07","event":{"id":\n' +
    lineFor(date, heartbeat('good-2', '19:30'))
  const path = appendAs(folder, 'desktop', text)
  laptop.sync.readAll()
  expect(ids(laptop)).toEqual(expect.arrayContaining(['good-1', 'good-2']))
  const [problem] = laptop.sync.state().problems
  expect(problem).toMatchObject({ kind: 'damaged-file', device: 'desktop', file: path })
  const movedTo = problem?.kind === 'damaged-file' ? problem.movedTo : ''
  expect(movedTo.startsWith(laptop.storage.folder)).toBe(true)
  expect(readFileSync(movedTo, 'utf8')).toBe(text)
  expect(readFileSync(path, 'utf8')).toBe(text)
  expect(laptop.warnings.join('\n')).toContain(movedTo)

  // Unchanged, it is not read or copied again; once it grows, it is.
  laptop.sync.readAll()
  expect(namesIn(join(laptop.storage.folder, 'sync-aside'))).toHaveLength(1)
  appendAs(folder, 'desktop', lineFor(date, heartbeat('good-3', '20:00')))
  laptop.sync.changed([{ device: 'desktop', name: 'events-2026.jsonl' }])
  expect(ids(laptop)).toContain('good-3')
  expect(laptop.sync.state().problems).toEqual([])
})

test('this device’s own file found damaged is put aside and written again from the local store', () => {
  const laptop = syncDevice(clock)
  const recorded = [laptop.record(), laptop.record('check-in')]
  laptop.sync.turnOn(folder)
  appendAs(folder, 'desktop', lineFor(date, heartbeat('desktop-1', '12:00')))
  laptop.sync.readAll()
  const path = join(deviceFolderOf(folder, laptop.id()), 'events-2026.jsonl')
  const damaged = `not json\n${readFileSync(path, 'utf8')}`
  writeFileSync(path, damaged)
  const restarted = syncDevice(clock, laptop.userDataDir)
  restarted.sync.turnOn(folder)
  expect(restarted.id()).toBe(laptop.id())
  expect(linesOf(folder, laptop.id()).map((line) => line.event.id)).toEqual(
    recorded.map((e) => e.id),
  )
  const aside = namesIn(join(laptop.storage.folder, 'sync-aside'))
  expect(aside).toHaveLength(1)
  expect(readFileSync(join(laptop.storage.folder, 'sync-aside', aside[0] ?? ''), 'utf8')).toBe(
    damaged,
  )
})

test('conflict copies: merged wherever they are, tidied away only from this device’s own folder, after merging', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const own = laptop.record()
  const theirs = 'events-2026 (desktop’s conflicted copy 2026-12-07).jsonl'
  appendAs(folder, 'desktop', lineFor(date, heartbeat('from-a-copy', '20:00')), theirs)
  // An echo of this device's own line, as Syncthing leaves it after a hand edit.
  const echo = 'events-2026.sync-conflict-20261207-101010-ABCDEFG.jsonl'
  appendAs(folder, laptop.id(), lineFor(date, { ...own, device: laptop.id() }), echo)
  laptop.sync.changed([
    { device: 'desktop', name: theirs },
    { device: laptop.id(), name: echo },
  ])
  expect(ids(laptop)).toContain('from-a-copy')
  expect(existsSync(join(deviceFolderOf(folder, 'desktop'), theirs))).toBe(true)
  expect(namesIn(deviceFolderOf(folder, laptop.id()))).not.toContain(echo)
  const tidied = namesIn(join(laptop.storage.folder, 'sync-aside'))
  expect(tidied.some((name) => name.endsWith(echo))).toBe(true)
  expect(laptop.sync.state().thisDevice.id).toBe(laptop.id())
})

test('a cloned disk: the two installations sharing an id are told apart, one takes a new id, and no event is lost', () => {
  const laptop = syncDevice(clock)
  laptop.record('check-in')
  laptop.sync.turnOn(folder)
  const cloneData = tempFolder('clone')
  cpSync(laptop.userDataDir, cloneData, { recursive: true })
  const clone = syncDevice(clock, cloneData)
  clone.sync.connect()
  const cloneEvent = clone.record()
  const laptopEvent = laptop.record()
  const sharedId = laptop.id()
  expect(clone.id()).toBe(sharedId)

  laptop.sync.changed([{ device: sharedId, name: 'device.json' }])
  clone.sync.changed([{ device: sharedId, name: 'device.json' }])
  const ids = [laptop.id(), clone.id()]
  expect(new Set(ids).size).toBe(2)
  const rekeyed = laptop.id() === sharedId ? clone : laptop
  expect(rekeyed.seen.told).toEqual([{ kind: 'rekeyed', previousId: sharedId, at: clock.now() }])
  expect(rekeyed.sync.state().problems).toContainEqual(expect.objectContaining({ kind: 'rekeyed' }))

  laptop.sync.readAll()
  clone.sync.readAll()
  const everything = [cloneEvent.id, laptopEvent.id]
  for (const device of [laptop, clone]) {
    expect(device.eventsOn(date).map((event) => event.id)).toEqual(
      expect.arrayContaining(everything),
    )
  }
  // The new id's folder holds the whole history of the device that took it.
  const published = linesOf(folder, rekeyed.id()).map((line) => line.event.id)
  expect(published).toEqual(
    expect.arrayContaining(
      rekeyed
        .eventsOn(date)
        .filter((e) => !e.device)
        .map((e) => e.id),
    ),
  )
})

test('a restored backup: the folder holds events this data never had; it takes a new id and gets them back', () => {
  const laptop = syncDevice(clock)
  laptop.record('check-in')
  laptop.sync.turnOn(folder)
  const backup = tempFolder('backup')
  cpSync(laptop.userDataDir, backup, { recursive: true })
  const afterBackup = laptop.record()
  const oldId = laptop.id()

  const restored = syncDevice(clock, backup)
  const beforeJoining = restored.record('app-started')
  restored.sync.connect()
  expect(restored.id()).not.toBe(oldId)
  expect(restored.seen.told).toEqual([
    expect.objectContaining({ kind: 'rekeyed', previousId: oldId }),
  ])
  expect(restored.eventsOn(date).find((event) => event.id === afterBackup.id)?.device).toBe(oldId)
  // What it recorded since goes into its new folder, none of it into the old one.
  expect(linesOf(folder, oldId).map((line) => line.event.id)).toEqual(
    laptop.eventsOn(date).map((event) => event.id),
  )
  expect(linesOf(folder, restored.id()).map((line) => line.event.id)).toContain(beforeJoining.id)
})

test('this device’s folder deleted by hand is made again with everything in it at the next event', () => {
  const laptop = syncDevice(clock)
  const first = laptop.record()
  laptop.sync.turnOn(folder)
  rmSync(deviceFolderOf(folder, laptop.id()), { recursive: true })
  const second = laptop.record()
  expect(linesOf(folder, laptop.id()).map((line) => line.event.id)).toEqual([first.id, second.id])
  expect(laptop.sync.state().status).toBe('syncing')
})

test('the folder goes away: recording goes on, the user is told once; when it is back nothing is lost or doubled', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const before = laptop.record()
  appendAs(folder, 'desktop', lineFor(date, heartbeat('desktop-1', '12:00')))
  laptop.sync.readAll()
  const away = `${folder}-unmounted`
  renameSync(folder, away)
  const whileAway = [laptop.record('check-in'), laptop.record()]
  laptop.sync.tick()
  laptop.sync.tick()
  expect(laptop.sync.state().status).toBe('folder-missing')
  expect(laptop.seen.told).toEqual([{ kind: 'folder-missing', folder, since: clock.now() }])
  expect(existsSync(folder)).toBe(false)

  // Meanwhile the desktop wrote on, into the folder the laptop cannot reach.
  appendAs(away, 'desktop', lineFor(date, heartbeat('desktop-2', '13:00')))
  renameSync(away, folder)
  laptop.sync.tick()
  expect(laptop.sync.state().status).toBe('syncing')
  expect(laptop.sync.state().problems).toEqual([])
  expect(linesOf(folder, laptop.id()).map((line) => line.event.id)).toEqual(
    [before, ...whileAway].map((event) => event.id),
  )
  expect(ids(laptop).filter((id) => id.startsWith('desktop-'))).toEqual(['desktop-1', 'desktop-2'])
  expect(laptop.seen.told).toHaveLength(1)
})
