// Shared settings: the plan, reminders and ritual travel between devices; language, shortcut and login item stay.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  PER_DEVICE_SETTING_KEYS,
  SHARED_SETTING_KEYS,
  sameSharedPart,
  sharedPartOf,
  validateSettings,
  withSharedPart,
  type Settings,
} from '../../src/core'

const settingsWith = (changes: Partial<Settings>): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...changes,
})

/** The laptop: German, its own shortcut, starts at login. */
const laptop = settingsWith({
  language: 'de',
  shortcut: 'CommandOrControl+Shift+L',
  launchAtLogin: true,
})
/** The home desktop: a later Friday, a shorter grace, one ritual step, English. */
const desktop = settingsWith({
  weekly: { ...DEFAULT_SETTINGS.weekly, fri: { workday: true, start: '10:00', end: '18:00' } },
  graceMinutes: 5,
  ritualSteps: [DEFAULT_SETTINGS.ritualSteps[0]!],
  language: 'en',
})

describe('which settings are shared', () => {
  it('classifies every setting as shared or per device, never both', () => {
    const shared = new Set<string>(SHARED_SETTING_KEYS)
    const perDevice = new Set<string>(PER_DEVICE_SETTING_KEYS)
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      if (key === 'version') continue
      expect({ key, classified: shared.has(key) !== perDevice.has(key) }).toEqual({
        key,
        classified: true,
      })
    }
    for (const key of [...shared, ...perDevice])
      expect(Object.keys(DEFAULT_SETTINGS)).toContain(key)
  })

  it('shares the schedule, seasons, one-off days, reminders and ritual steps', () => {
    expect(Object.keys(sharedPartOf(laptop)).sort()).toEqual([...SHARED_SETTING_KEYS].sort())
    expect(sharedPartOf(laptop)).toMatchObject({
      weekly: laptop.weekly,
      ritualSteps: laptop.ritualSteps,
    })
    expect(SHARED_SETTING_KEYS).toEqual(
      expect.arrayContaining(['weekly', 'seasons', 'overrides', 'graceMinutes', 'ritualSteps']),
    )
    expect(sharedPartOf(laptop)).not.toHaveProperty('language')
  })
})

describe('withSharedPart', () => {
  it("takes the desktop's plan and keeps the laptop's language, shortcut and login item", () => {
    const merged = withSharedPart(laptop, sharedPartOf(desktop))
    expect(merged.weekly.fri).toEqual({ workday: true, start: '10:00', end: '18:00' })
    expect(merged.graceMinutes).toBe(5)
    expect(merged.ritualSteps).toHaveLength(1)
    expect(merged).toMatchObject({
      language: 'de',
      shortcut: 'CommandOrControl+Shift+L',
      launchAtLogin: true,
      version: 2,
    })
    expect(validateSettings(merged)).toEqual({ ok: true, settings: merged })
  })

  it("ignores per-device fields smuggled into another device's shared part", () => {
    const smuggled = { ...sharedPartOf(desktop), language: 'fr', launchAtLogin: false }
    expect(withSharedPart(laptop, smuggled)).toMatchObject({ language: 'de', launchAtLogin: true })
  })

  it('after taking a shared part, agrees with its source on everything shared', () => {
    const some = fc.record({
      graceMinutes: fc.integer({ min: 0, max: 240 }),
      rolloverHour: fc.integer({ min: 0, max: 4 }),
      language: fc.constantFrom('system', 'de', 'fr'),
      launchAtLogin: fc.boolean(),
    })
    fc.assert(
      fc.property(some, some, (mine, theirs) => {
        const local = settingsWith(mine)
        const other = settingsWith(theirs)
        const merged = withSharedPart(local, sharedPartOf(other))
        expect(sameSharedPart(merged, other)).toBe(true)
        expect(sharedPartOf(merged)).toEqual(sharedPartOf(other))
        for (const key of PER_DEVICE_SETTING_KEYS) expect(merged[key]).toEqual(local[key])
      }),
    )
  })
})

describe('sameSharedPart', () => {
  it('stamps nothing when only the language, shortcut or login item changed', () => {
    expect(sameSharedPart(laptop, DEFAULT_SETTINGS)).toBe(true)
  })

  it('sees a change to any shared setting', () => {
    expect(sameSharedPart(desktop, DEFAULT_SETTINGS)).toBe(false)
    expect(sameSharedPart(settingsWith({ rolloverHour: 3 }), DEFAULT_SETTINGS)).toBe(false)
    const renamed = structuredClone(DEFAULT_SETTINGS)
    renamed.ritualSteps[1] = { ...renamed.ritualSteps[1]!, title: 'Write down open loops' }
    expect(sameSharedPart(renamed, DEFAULT_SETTINGS)).toBe(false)
    const reordered = settingsWith({ ritualSteps: [...DEFAULT_SETTINGS.ritualSteps].reverse() })
    expect(sameSharedPart(reordered, DEFAULT_SETTINGS)).toBe(false)
    const shorter = settingsWith({ ritualSteps: DEFAULT_SETTINGS.ritualSteps.slice(0, 3) })
    expect(sameSharedPart(shorter, DEFAULT_SETTINGS)).toBe(false)
  })

  it('ignores key order and absent optional fields, as a copy read back from JSON has them', () => {
    const reread = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings
    reread.weekly.sat = { end: '17:30', workday: false, start: undefined }
    expect(sameSharedPart(reread, DEFAULT_SETTINGS)).toBe(true)
  })
})
