// Shared settings across two computers: each writes its own stamped copy; the highest stamp is the settings on both.
import { beforeEach, expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core'
import { FakeClock } from '../support/fake-clock'
import { berlin } from '../support/launch-sundown'
import { syncDevice, tempFolder } from '../support/sync-device'

let clock: FakeClock
let folder: string

beforeEach(() => {
  clock = new FakeClock(berlin('2026-12-07', '09:00'))
  folder = tempFolder('sync')
})

const save = (device: ReturnType<typeof syncDevice>, change: object) =>
  device.storage.settings.write({ ...device.storage.settings.read(), ...change })

test('both computers save at once: after one sync both hold the same settings, the newest save’s; each keeps its own language', () => {
  const laptop = syncDevice(clock)
  const desktop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  desktop.sync.turnOn(folder)
  expect(save(laptop, { graceMinutes: 10, language: 'de' })).toEqual({ ok: true })
  clock.jumpTo(clock.now() + 1_000)
  expect(save(desktop, { graceMinutes: 20, language: 'fr' })).toEqual({ ok: true })

  laptop.sync.readAll()
  desktop.sync.readAll()
  for (const device of [laptop, desktop])
    expect(device.storage.settings.read().graceMinutes).toBe(20)
  expect(laptop.storage.settings.read().language).toBe('de')
  expect(desktop.storage.settings.read().language).toBe('fr')
  expect(laptop.seen.settingsApplied).toBe(1)
  expect(desktop.seen.settingsApplied).toBe(0)
})

test('a device that joins with untouched settings takes the others’ settings, not the other way round', () => {
  const laptop = syncDevice(clock)
  save(laptop, { headsUpMinutes: 25 })
  laptop.sync.turnOn(folder)
  clock.jumpTo(clock.now() + 60_000)
  const desktop = syncDevice(clock)
  desktop.sync.turnOn(folder)
  laptop.sync.readAll()
  for (const device of [laptop, desktop])
    expect(device.storage.settings.read().headsUpMinutes).toBe(25)
})

test('a save after taking the other’s settings outranks them, even with a clock minutes behind', () => {
  const laptop = syncDevice(clock)
  const desktop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  desktop.sync.turnOn(folder)
  save(laptop, { snoozeMinutes: 15 })
  desktop.sync.readAll()
  // The desktop's clock runs three minutes behind the laptop's.
  clock.jumpTo(clock.now() - 3 * 60_000)
  save(desktop, { snoozeMinutes: 5 })
  laptop.sync.readAll()
  for (const device of [laptop, desktop])
    expect(device.storage.settings.read().snoozeMinutes).toBe(5)
  expect(DEFAULT_SETTINGS.snoozeMinutes).not.toBe(5)
})

test('a change of language alone stamps nothing and travels nowhere', () => {
  const laptop = syncDevice(clock)
  const desktop = syncDevice(clock)
  laptop.sync.turnOn(folder)
  desktop.sync.turnOn(folder)
  save(desktop, { graceMinutes: 12 })
  clock.jumpTo(clock.now() + 1_000)
  save(laptop, { language: 'es' })
  laptop.sync.readAll()
  expect(laptop.storage.settings.read()).toMatchObject({ graceMinutes: 12, language: 'es' })
})
