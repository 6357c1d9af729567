// Nothing leaves the machine: two whole days through the real wiring with every network path of the main process trapped, and not one call.
import dgram from 'node:dgram'
import dns from 'node:dns'
import http, { request as namedRequest } from 'node:http'
import http2 from 'node:http2'
import https from 'node:https'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import tls from 'node:tls'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { DEFAULT_SETTINGS } from '../../src/core'
import { app, dialog, powerMonitor, resetElectronStandIn } from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import { appendAs, lineFor, linesOf } from '../support/sync-device'
import {
  berlin,
  invoke,
  launchSundown,
  quitLaunched,
  type ShownPrompt,
} from '../support/launch-sundown'

/** Every way the main process could reach another machine, by the module object that offers it. */
const NETWORK_PATHS: [label: string, target: object, method: string][] = [
  ['http.request', http, 'request'],
  ['http.get', http, 'get'],
  ['https.request', https, 'request'],
  ['https.get', https, 'get'],
  ['http2.connect', http2, 'connect'],
  ['net.connect', net, 'connect'],
  ['net.createConnection', net, 'createConnection'],
  ['net.Socket#connect', net.Socket.prototype, 'connect'],
  ['tls.connect', tls, 'connect'],
  ['dns.lookup', dns, 'lookup'],
  ['dns.resolve', dns, 'resolve'],
  ['dns.resolve4', dns, 'resolve4'],
  ['dns.resolve6', dns, 'resolve6'],
  ['dns.promises.lookup', dns.promises, 'lookup'],
  ['dns.promises.resolve', dns.promises, 'resolve'],
  ['dgram.createSocket', dgram, 'createSocket'],
  ['fetch', globalThis, 'fetch'],
]

let attempts: string[]

/** Replaces every network path with one that records the attempt and throws, so no call gets through. */
function trapTheNetwork(): void {
  attempts = []
  for (const [label, target, method] of NETWORK_PATHS) {
    vi.spyOn(target as Record<string, () => unknown>, method).mockImplementation(() => {
      attempts.push(label)
      throw new Error(`Sundown tried to use the network: ${label}`)
    })
  }
  vi.stubGlobal(
    'WebSocket',
    class {
      constructor() {
        attempts.push('WebSocket')
        throw new Error('Sundown tried to use the network: WebSocket')
      }
    },
  )
  // `import { request } from 'node:http'` reads live bindings only after this.
  syncBuiltinESMExports()
}

const date = '2026-11-24'
const next = '2026-11-25'
let clock: FakeClock
const shown: ShownPrompt[] = []
const originalSave = dialog.showSaveDialog
const originalOpen = dialog.showOpenDialog

beforeEach(() => {
  resetElectronStandIn()
  clock = new FakeClock(berlin(date, '08:55'))
  trapTheNetwork()
})

afterEach(() => {
  quitLaunched()
  dialog.showSaveDialog = originalSave
  dialog.showOpenDialog = originalOpen
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  syncBuiltinESMExports()
})

describe('the network trap', () => {
  test('catches and stops a call on every path it watches', async () => {
    const tryCall = async (call: () => unknown) => {
      await expect(async () => await call()).rejects.toThrow(/tried to use the network/)
    }
    await tryCall(() => http.request('http://127.0.0.1:9/'))
    await tryCall(() => http.get('http://127.0.0.1:9/'))
    await tryCall(() => https.request('https://127.0.0.1:9/'))
    await tryCall(() => https.get('https://127.0.0.1:9/'))
    await tryCall(() => http2.connect('https://127.0.0.1:9'))
    await tryCall(() => net.connect(9, '127.0.0.1'))
    await tryCall(() => net.createConnection(9, '127.0.0.1'))
    await tryCall(() => new net.Socket().connect(9, '127.0.0.1'))
    await tryCall(() => tls.connect(9, '127.0.0.1'))
    await tryCall(() => dns.lookup('localhost', () => undefined))
    await tryCall(() => dns.resolve('localhost', () => undefined))
    await tryCall(() => dns.resolve4('localhost', () => undefined))
    await tryCall(() => dns.resolve6('localhost', () => undefined))
    await tryCall(() => dns.promises.lookup('localhost'))
    await tryCall(() => dns.promises.resolve('localhost'))
    await tryCall(() => dgram.createSocket('udp4'))
    await tryCall(() => fetch('http://127.0.0.1:9/'))
    await tryCall(() => new WebSocket('ws://127.0.0.1:9/'))
    expect(attempts).toEqual([...NETWORK_PATHS.map(([label]) => label), 'WebSocket'])
  })

  test('also stops a call through a named import, as the app code would write it', () => {
    expect(() => namedRequest('http://127.0.0.1:9/')).toThrow(/tried to use the network/)
    expect(attempts).toEqual(['http.request'])
  })
})

describe('Sundown', () => {
  test('runs two whole days, exports its data and changes its settings without one network call', async () => {
    const sundown = launchSundown(clock, app.getPath('userData'), shown)
    clock.advanceTo(berlin(date, '09:00'))
    await invoke('checkIn', { energy: 4, alignment: 3, note: 'deep work morning' })
    await invoke('saveSettings', { ...DEFAULT_SETTINGS, launchAtLogin: true, headsUpMinutes: 20 })
    await invoke('getMonth', { month: '2026-11' })
    // Lunch with the laptop shut: Linux, where Sundown runs here, has no lock-screen event.
    powerMonitor.emit('suspend')
    clock.advanceTo(berlin(date, '12:30'))
    powerMonitor.emit('resume')
    clock.advanceTo(berlin(date, '17:31'))
    shown.at(-1)?.responses.onAction('snooze')
    clock.advanceTo(berlin(date, '17:38'))
    await invoke('startRitual')
    await invoke('answerRitualStep', { stepId: 'first-task', answer: 'Write the release notes' })
    await invoke('completeRitual')
    powerMonitor.emit('suspend')
    clock.jumpTo(berlin(next, '08:40'))
    powerMonitor.emit('resume')
    await invoke('getToday')
    await invoke('stayLate', { until: '19:00', reason: 'deadline', note: 'launch' })
    clock.advanceTo(berlin(next, '19:05'))
    await invoke('completeRitual')
    await invoke('saveMonthReview', { month: '2026-11', answer: 'Calmer than October' })
    dialog.showSaveDialog = (() =>
      Promise.resolve({
        canceled: false,
        filePath: join(tmpdir(), `sundown-privacy-${process.pid}.json`),
      })) as unknown as typeof dialog.showSaveDialog
    await invoke('exportData')
    expect(shown.length).toBeGreaterThan(1)
    expect(sundown.day.today().record.leftSource).toBe('ritual')
    expect(attempts).toEqual([])
  })

  test('syncs through a folder — its own files written, another computer’s evening read — without one network call', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sundown-privacy-sync-'))
    const sundown = launchSundown(clock, app.getPath('userData'), shown)
    dialog.showOpenDialog = (() =>
      Promise.resolve({
        canceled: false,
        filePaths: [folder],
      })) as unknown as typeof dialog.showOpenDialog
    clock.advanceTo(berlin(date, '09:00'))
    await invoke('chooseSyncFolder')
    await invoke('checkIn', { energy: 4, alignment: 3, note: 'deep work morning' })
    clock.advanceTo(berlin(date, '17:35'))
    await invoke('completeRitual')
    powerMonitor.emit('suspend')
    appendAs(
      folder,
      'home-desktop',
      lineFor(date, {
        id: 'desktop-evening',
        at: berlin(date, '20:00'),
        type: 'back',
        reason: 'unlock',
      }),
    )
    clock.advanceTo(berlin(date, '21:00'))
    const devices = (await invoke('getDevices')) as { value: { thisDevice: { id: string } } }
    const published = linesOf(folder, devices.value.thisDevice.id).map((line) => line.event.type)
    expect(published).toEqual(expect.arrayContaining(['check-in', 'ritual-completed']))
    const events = sundown.day.dayAt(date).events
    expect(events.find((event) => event.id === 'desktop-evening')?.device).toBe('home-desktop')
    expect(attempts).toEqual([])
  })
})
