// A stand-in `window.sundown` for the settings view: settings to read, today's state, and spies for saving and transfers.
import { vi } from 'vitest'
import { laptopSyncOff } from '../support/fake-sundown'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core'
import type {
  DevicesState,
  IpcResult,
  SundownApi,
  TodayState,
} from '../../../src/shared/ipc-contract'

/** One device, sync off: what a first start finds. */
export const syncOff: DevicesState = laptopSyncOff('laptop-1')

/** Settings with one season in force on 2026-11-24 and one one-off day. */
export const withSeason: Settings = {
  ...DEFAULT_SETTINGS,
  seasons: [
    {
      id: 'launch',
      name: 'Launch',
      from: '2026-11-02',
      to: '2026-11-30',
      weekly: DEFAULT_SETTINGS.weekly,
      intention: 'Ship 2.0, then rest',
    },
  ],
  overrides: [{ date: '2026-12-24', off: true, note: 'Christmas Eve' }],
}

/** Installs the stand-in; `idle` says whether idle detection works on this desktop, `devices` what the Devices section finds. */
export function installSettingsApi(
  settings: Settings = DEFAULT_SETTINGS,
  options: { idle?: 'available' | 'unavailable'; today?: string; devices?: DevicesState } = {},
) {
  const today = {
    plan: { date: options.today ?? '2026-11-24' },
    idleDetection: options.idle ?? 'available',
  }
  const answer = <Value>(value: Value): IpcResult<Value> => ({ ok: true, value })
  const api = {
    getSettings: vi.fn(async () => answer(structuredClone(settings))),
    getToday: vi.fn(async () => answer(today as unknown as TodayState)),
    saveSettings: vi.fn(async (_settings: Settings) => answer(null)),
    exportData: vi.fn(async () =>
      answer({ saved: true, path: '/home/ada/sundown-export.json' as string | null }),
    ),
    importData: vi.fn(async () => answer({ imported: 12, skipped: 3 })),
    getDevices: vi.fn(async () => answer(structuredClone(options.devices ?? syncOff))),
    onDevicesChanged: vi.fn(() => () => undefined),
  }
  Object.defineProperty(window, 'sundown', {
    value: api as unknown as SundownApi,
    configurable: true,
    writable: true,
  })
  return api
}
