// Two computers through one folder: each publishes its own events once, and takes the other's, each once.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, expect, test } from 'vitest'
import { deviceFolderOf } from '../../src/main/jsonl-device-folder'
import { FakeClock } from '../support/fake-clock'
import { berlin } from '../support/launch-sundown'
import { appendAs, lineFor, linesOf, syncDevice, tempFolder } from '../support/sync-device'

const date = '2026-12-07'
let clock: FakeClock
let folder: string

beforeEach(() => {
  clock = new FakeClock(berlin(date, '09:00'))
  folder = tempFolder('sync')
})

const heartbeat = (id: string, time: string, device?: string) => ({
  id,
  at: berlin(date, time),
  type: 'heartbeat',
  ...(device ? { device } : {}),
})

test('an event recorded here becomes one line in this device’s year file, naming the device; the local copy stays as it was', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const event = laptop.record('check-in')
  const lines = linesOf(folder, laptop.id())
  expect(lines.at(-1)).toEqual({ date, event: { ...event, device: laptop.id() } })
  expect(laptop.eventsOn(date).find((known) => known.id === event.id)?.device).toBeUndefined()
})

test('turning sync on publishes the history once; on again, or a restart, changes nothing', () => {
  const laptop = syncDevice(clock)
  const old = laptop.record('check-in', '2025-12-30')
  const recent = [laptop.record(), laptop.record('check-in')]
  laptop.sync.turnOn(folder)
  expect(linesOf(folder, laptop.id(), 2025).map((line) => line.event.id)).toEqual([old.id])
  expect(linesOf(folder, laptop.id()).map((line) => line.event.id)).toEqual(recent.map((e) => e.id))

  laptop.sync.turnOn(folder)
  const restarted = syncDevice(clock, laptop.userDataDir)
  restarted.sync.connect()
  expect(linesOf(folder, laptop.id(), 2025)).toHaveLength(1)
  expect(linesOf(folder, laptop.id())).toHaveLength(2)
})

test('what a restart records before it joins is published by the join, without comparing every year again', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const restarted = syncDevice(clock, laptop.userDataDir)
  const started = restarted.record('app-started')
  const lastBeat = restarted.record('heartbeat', '2025-12-31')
  expect(restarted.storage.identity.read().pendingPublish).toBe(false)
  restarted.sync.connect()
  expect(linesOf(folder, laptop.id()).map((line) => line.event.id)).toEqual([started.id])
  expect(linesOf(folder, laptop.id(), 2025).map((line) => line.event.id)).toEqual([lastBeat.id])
})

test('a last line cut short by a crash is cut off before the next append', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const first = laptop.record()
  const path = join(deviceFolderOf(folder, laptop.id()), 'events-2026.jsonl')
  const whole = readFileSync(path, 'utf8')
  // The crash: the local store took the event, the line in the folder got half-way.
  writeFileSync(path, whole + whole.slice(0, 20))
  const restarted = syncDevice(clock, laptop.userDataDir)
  restarted.sync.turnOn(folder)
  const third = restarted.record()
  expect(linesOf(folder, laptop.id()).map((line) => line.event.id)).toEqual([first.id, third.id])
})

test('the other device’s events are merged once, however often the folder is read', () => {
  const laptop = syncDevice(clock)
  const desktop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  desktop.sync.turnOn(folder)
  const evening = desktop.record('check-in')
  laptop.sync.readAll()
  laptop.sync.readAll()
  // The same line again, in a conflict copy a sync engine left beside the file.
  const copy = 'events-2026.sync-conflict-20261207-201500-ABCDEFG.jsonl'
  appendAs(folder, desktop.id(), lineFor(date, { ...evening, device: desktop.id() }), copy)
  laptop.sync.readAll()
  const merged = laptop.eventsOn(date).filter((event) => event.id === evening.id)
  expect(merged).toEqual([{ ...evening, device: desktop.id() }])
  expect(laptop.seen.recordChanges).toBe(1)
  // And back: the laptop's own events reach the desktop, named for the laptop.
  const own = laptop.record()
  desktop.sync.readAll()
  expect(desktop.eventsOn(date).find((event) => event.id === own.id)?.device).toBe(laptop.id())
})

test('a change the watcher never reported is still read on the next watchdog tick', () => {
  const laptop = syncDevice(clock)
  const desktop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  desktop.sync.turnOn(folder)
  const evening = desktop.record('check-in')
  expect(laptop.eventsOn(date).some((event) => event.id === evening.id)).toBe(false)
  laptop.sync.tick()
  expect(laptop.eventsOn(date).find((event) => event.id === evening.id)?.device).toBe(desktop.id())
})

test('a truncated last line is not taken, and is read again once it is complete', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const line = lineFor(date, heartbeat('remote-2', '20:05'))
  appendAs(folder, 'desktop', lineFor(date, heartbeat('remote-1', '20:00')) + line.slice(0, 25))
  laptop.sync.readAll()
  expect(laptop.eventsOn(date).map((event) => event.id)).toContain('remote-1')
  expect(laptop.eventsOn(date).map((event) => event.id)).not.toContain('remote-2')
  appendAs(folder, 'desktop', line.slice(25))
  laptop.sync.changed([{ device: 'desktop', name: 'events-2026.jsonl' }])
  expect(laptop.eventsOn(date).filter((event) => event.id.startsWith('remote-'))).toHaveLength(2)
})

test('a file the sync engine replaced by rename is read on from where it was, not again from the start', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const earlier = Array.from({ length: 50 }, (_, n) =>
    lineFor(date, heartbeat(`old-${n}`, '10:00')),
  )
  const path = appendAs(folder, 'desktop', earlier.join(''))
  laptop.sync.readAll()
  // Syncthing writes `.syncthing.<name>.tmp` and renames it over the file: a new inode, the same prefix.
  const added = lineFor(date, heartbeat('new-1', '20:00'))
  const temporary = join(deviceFolderOf(folder, 'desktop'), '.syncthing.events-2026.jsonl.tmp')
  writeFileSync(temporary, earlier.join('') + added)
  renameSync(temporary, path)
  const { bytesRead } = laptop.sync.changed([{ device: 'desktop', name: 'events-2026.jsonl' }])
  expect(bytesRead).toBe(Buffer.byteLength(added) + 32)
  expect(laptop.eventsOn(date).map((event) => event.id)).toContain('new-1')
})

test('sync tools’ temporary files are never read', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const line = lineFor(date, heartbeat('half-synced', '20:00'))
  for (const name of [
    '.syncthing.events-2026.jsonl.tmp',
    'events-2026.jsonl.part',
    '~$events-2026.jsonl',
    '.~events-2026.jsonl',
  ]) {
    appendAs(folder, 'desktop', line, name)
  }
  laptop.sync.readAll()
  laptop.sync.changed([{ device: 'desktop', name: 'events-2026.jsonl.part' }])
  expect(laptop.eventsOn(date).map((event) => event.id)).not.toContain('half-synced')
})

test('bytes read per new remote event do not grow with the history', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const readNewEvent = (history: number, device: string) => {
    const lines = Array.from({ length: history }, (_, n) =>
      lineFor(date, heartbeat(`${device}-${n}`, '10:00')),
    )
    appendAs(folder, device, lines.join(''))
    laptop.sync.readAll()
    appendAs(folder, device, lineFor(date, heartbeat(`${device}-new`, '21:00')))
    return laptop.sync.changed([{ device, name: 'events-2026.jsonl' }]).bytesRead
  }
  const small = readNewEvent(10, 'small-history')
  const large = readNewEvent(5_000, 'large-history')
  // Same-length device names: the new line is the same size, and so is all that is read for it.
  expect(large).toBe(small)
})

test('a line in the desktop’s folder is the desktop’s, whatever device it names', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  appendAs(folder, 'desktop', lineFor(date, heartbeat('claims-laptop', '20:00', laptop.id())))
  laptop.sync.readAll()
  const event = laptop.eventsOn(date).find((known) => known.id === 'claims-laptop')
  expect(event?.device).toBe('desktop')
})

test('a temporary file this device left in a crash is removed when it joins again; another device’s is left alone', () => {
  const laptop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  const own = appendAs(folder, laptop.id(), '{"half', '.device.json.4242.tmp')
  const theirs = appendAs(folder, 'desktop', '{"half', '.device.json.4242.tmp')
  syncDevice(clock, laptop.userDataDir).sync.connect()
  expect(existsSync(own)).toBe(false)
  expect(existsSync(theirs)).toBe(true)
})
