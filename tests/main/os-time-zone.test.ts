// The OS zone where the OS keeps it: the /etc/localtime link on macOS and Linux; nothing to read on Windows or under TZ.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readOsTimeZone, zoneOfLocaltimeLink } from '../../src/main/os-time-zone'

describe('the zone a /etc/localtime link names', () => {
  it.for([
    ['/var/db/timezone/zoneinfo/Europe/Berlin', 'Europe/Berlin'],
    ['/usr/share/zoneinfo/America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['../usr/share/zoneinfo/Asia/Kolkata', 'Asia/Kolkata'],
    ['/usr/share/zoneinfo/posix/Europe/London', 'Europe/London'],
    ['/usr/share/zoneinfo/Etc/UTC', 'Etc/UTC'],
    ['/run/host/etc/localtime', null],
  ] as const)('%s → %s', ([target, zone]) => {
    expect(zoneOfLocaltimeLink(target)).toBe(zone)
  })
})

describe('reading the OS zone', () => {
  const link = (target: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'sundown-localtime-')), 'localtime')
    symlinkSync(target, path)
    return path
  }

  it('follows the link as the OS re-points it (macOS, Linux)', () => {
    const path = link('/usr/share/zoneinfo/Europe/London')
    expect(readOsTimeZone('linux', {}, path)).toBe('Europe/London')
    expect(readOsTimeZone('darwin', {}, link('/var/db/timezone/zoneinfo/Asia/Tokyo'))).toBe(
      'Asia/Tokyo',
    )
  })

  it('reads nothing on Windows, where the popover reports the zone instead', () => {
    expect(readOsTimeZone('win32', {}, link('/usr/share/zoneinfo/Europe/London'))).toBeNull()
  })

  it('reads nothing when TZ pins the zone for the whole process', () => {
    const path = link('/usr/share/zoneinfo/Europe/London')
    expect(readOsTimeZone('linux', { TZ: 'Europe/Berlin' }, path)).toBeNull()
  })

  it('reads nothing from a copied file or a missing one', () => {
    const copied = join(mkdtempSync(join(tmpdir(), 'sundown-localtime-')), 'localtime')
    writeFileSync(copied, 'TZif')
    expect(readOsTimeZone('linux', {}, copied)).toBeNull()
    expect(readOsTimeZone('linux', {}, join(tmpdir(), 'no-such-localtime'))).toBeNull()
  })
})
