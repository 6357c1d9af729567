// Travel: a zone observed from the OS or a window is a new zone only when it really is one.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, planFor, zoneChange } from '../../src/core'

describe('a reported zone', () => {
  it('is the new zone when it differs from the one in force', () => {
    expect(zoneChange('Europe/Berlin', 'Europe/London')).toBe('Europe/London')
  })

  it('changes nothing when it is the same zone, under its own name or an alias', () => {
    expect(zoneChange('Europe/Berlin', 'Europe/Berlin')).toBeNull()
    expect(zoneChange('Asia/Kolkata', 'Asia/Calcutta')).toBeNull()
  })

  it('changes nothing when it is missing or not a zone (Chromium can answer Etc/Unknown)', () => {
    expect(zoneChange('Europe/Berlin', null)).toBeNull()
    expect(zoneChange('Europe/Berlin', '')).toBeNull()
    expect(zoneChange('Europe/Berlin', 'Etc/Unknown')).toBeNull()
    expect(zoneChange('Europe/Berlin', 'Mars/Olympus_Mons')).toBeNull()
  })

  it('moves today’s end: 17:30 in London is 18:30 in Berlin', () => {
    const date = '2026-11-24'
    const berlinEnd = planFor(DEFAULT_SETTINGS, date, 'Europe/Berlin').endAt ?? 0
    const zone = zoneChange('Europe/Berlin', 'Europe/London') ?? 'Europe/Berlin'
    expect(planFor(DEFAULT_SETTINGS, date, zone).endAt).toBe(berlinEnd + 60 * 60_000)
  })
})
