// Settings written by an older Sundown come forward; settings from a newer one are never downgraded.
import { describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS, validateSettings } from '../../../src/core'
import { CURRENT_SETTINGS_VERSION, migrateSettings } from '../../../src/main/settings-migrations'

const v0 = {
  endTime: '16:00',
  startTime: '08:00',
  workdays: ['mon', 'tue', 'wed', 'thu'],
  graceMinutes: 5,
  remindEveryMinutes: 7,
  launchAtLogin: true,
  themeColour: 'orange',
}

describe('v0 → v1', () => {
  test('a four-day week ending at 16:00 becomes the same week in the v1 weekly plan', () => {
    const { settings, migratedFrom } = migrateSettings(v0)
    expect(migratedFrom).toBe(0)
    const checked = validateSettings(settings)
    expect(checked).toMatchObject({ ok: true })
    if (!checked.ok) return
    expect(checked.settings.version).toBe(CURRENT_SETTINGS_VERSION)
    expect(checked.settings.weekly.mon).toEqual({ workday: true, start: '08:00', end: '16:00' })
    expect(checked.settings.weekly.thu).toEqual({ workday: true, start: '08:00', end: '16:00' })
    expect(checked.settings.weekly.fri).toEqual({ workday: false, end: '16:00' })
    expect(checked.settings.weekly.sun).toEqual({ workday: false, end: '16:00' })
    expect(checked.settings).toMatchObject({
      graceMinutes: 5,
      snoozeMinutes: 7,
      launchAtLogin: true,
    })
    expect(checked.settings.headsUpMinutes).toBe(DEFAULT_SETTINGS.headsUpMinutes)
    expect(checked.settings).not.toHaveProperty('themeColour')
  })

  test('a v0 night shift without a start keeps having no start, so 02:00 stays valid', () => {
    const { settings } = migrateSettings({ endTime: '02:00', workdays: ['fri', 'sat'] })
    const checked = validateSettings(settings)
    expect(checked.ok).toBe(true)
    expect(checked.ok && checked.settings.weekly.sat).toEqual({ workday: true, end: '02:00' })
  })

  test('a v0 file holding nonsense migrates into settings that validation refuses', () => {
    const { settings, migratedFrom } = migrateSettings({ endTime: 'half five', workdays: 'mon' })
    expect(migratedFrom).toBe(0)
    expect(validateSettings(settings).ok).toBe(false)
  })

  test('the migration leaves the stored value it was given untouched', () => {
    const stored = structuredClone(v0)
    migrateSettings(stored)
    expect(stored).toEqual(v0)
  })
})

describe('v1 → v2: the shortcut meets Electron’s accelerator grammar', () => {
  const v1 = (shortcut: unknown) => ({ ...structuredClone(DEFAULT_SETTINGS), version: 1, shortcut })

  test('a shortcut Electron never could read becomes the default, and the rest of the settings stay', () => {
    const stored = { ...v1('Shift+K'), graceMinutes: 25 }
    const { settings, migratedFrom } = migrateSettings(stored)
    expect(migratedFrom).toBe(1)
    const checked = validateSettings(settings)
    expect(checked).toMatchObject({ ok: true })
    expect(checked.ok && checked.settings.shortcut).toBe(DEFAULT_SETTINGS.shortcut)
    expect(checked.ok && checked.settings.graceMinutes).toBe(25)
  })

  test('a shortcut that works is kept as it was', () => {
    const { settings } = migrateSettings(v1('CommandOrControl+Alt+J'))
    expect(validateSettings(settings)).toMatchObject({
      ok: true,
      settings: { shortcut: 'CommandOrControl+Alt+J', version: CURRENT_SETTINGS_VERSION },
    })
  })
})

describe('settings that need no migration', () => {
  test('current settings pass through as they are', () => {
    const current = structuredClone(DEFAULT_SETTINGS)
    expect(migrateSettings(current)).toEqual({ settings: current, migratedFrom: null })
  })

  test('settings from a newer Sundown are not downgraded: validation gets them as they are and refuses them', () => {
    const future = {
      ...structuredClone(DEFAULT_SETTINGS),
      version: CURRENT_SETTINGS_VERSION + 1,
      focusMode: true,
    }
    const { settings, migratedFrom } = migrateSettings(future)
    expect(migratedFrom).toBeNull()
    expect(settings).toBe(future)
    expect(validateSettings(settings)).toMatchObject({ ok: false, errors: [{ field: 'version' }] })
  })

  test.each([null, 'settings', 42, [1, 2], { version: '1' }, { version: -1 }])(
    'a value of no known shape (%j) is left for validation to refuse',
    (raw) => {
      const { settings, migratedFrom } = migrateSettings(raw)
      expect(migratedFrom).toBeNull()
      expect(settings).toBe(raw)
      expect(validateSettings(settings).ok).toBe(false)
    },
  )
})
