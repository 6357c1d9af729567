// The built bundle syncs through a folder: chokidar and every sync module as electron-vite bundled them, on the stand-in.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { DevicesState, TodayState } from '../../src/shared/ipc-contract'
import { REPO_ROOT } from '../support/built-app/check-built-app'
import { launchBuiltApp, type BuiltApp } from '../support/built-app/built-app-process'
import { ensureFreshBuild } from '../support/built-app/fresh-build'
import { TUESDAY, at } from '../support/scheduled-day'

let app: BuiltApp
const folder = mkdtempSync(join(tmpdir(), 'sundown-built-sync-'))

beforeAll(async () => {
  ensureFreshBuild(REPO_ROOT)
  app = await launchBuiltApp({
    appRoot: REPO_ROOT,
    startAt: at('08:55'),
    platform: 'linux',
    zone: 'Europe/Berlin',
  })
  // Linux: every action is in the tray menu; the popover's page is made at start and kept.
  await app.clickTrayItem('Check in…')
})

afterAll(async () => {
  await app?.stop()
  rmSync(folder, { recursive: true, force: true })
})

const value = <Value>(result: { ok: boolean; value?: Value }): Value => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`)
  return result.value as Value
}

test('the built app turns sync on, writes its check-in into its own folder, and reads another computer’s', async () => {
  await app.answerOpenDialog([folder])
  const devices = value(await app.call<DevicesState>('popover', 'chooseSyncFolder'))
  expect(devices).toMatchObject({ folder, status: 'syncing', problems: [] })

  await app.advanceTo(at('09:00'))
  value(await app.call('popover', 'checkIn', { energy: 4, alignment: 4, note: 'from the laptop' }))
  const own = join(folder, 'Sundown', 'devices', devices.thisDevice.id, 'events-2026.jsonl')
  const lines = readFileSync(own, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(lines.map((line) => line.event.type)).toContain('check-in')
  expect(lines.every((line) => line.event.device === devices.thisDevice.id)).toBe(true)

  // The home desktop's check-in arrives the way a sync tool brings it: a line appended to its file.
  const desktop = join(folder, 'Sundown', 'devices', 'home-desktop')
  mkdirSync(desktop, { recursive: true })
  const remote = { id: 'desktop-check-in', at: at('09:20'), type: 'check-in', energy: 3 }
  appendFileSync(
    join(desktop, 'events-2026.jsonl'),
    `${JSON.stringify({ date: TUESDAY, event: { ...remote, alignment: 3, note: 'from home' } })}\n`,
  )
  // The watchdog's next tick reads what arrived, whatever the watcher saw.
  await app.advanceTo(at('09:40'))
  const today = value(await app.call<TodayState>('popover', 'getToday'))
  expect(today.record.checkIns.map((checkIn) => checkIn.id)).toContain('desktop-check-in')
  const after = value(await app.call<DevicesState>('popover', 'getDevices'))
  expect(after.lastSyncAt).not.toBeNull()

  const snapshot = await app.snapshot()
  expect(snapshot.errors).toEqual([])
})
