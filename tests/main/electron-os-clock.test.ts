// What the OS says of the user's clock, per platform, read as Electron reads it.
import { afterEach, describe, expect, test } from 'vitest'
import { localeOfPosixName, readOsClock } from '../../src/main/electron-os-clock'
import { app, resetElectronStandIn, systemPreferences } from '../support/electron-stand-in'

afterEach(() => {
  resetElectronStandIn()
  app.locale = 'en-US'
})

describe('macOS', () => {
  test('the "24-hour time" switch, set against the region, is forced; the region is the system locale', () => {
    app.locale = 'en-US'
    expect(readOsClock('darwin', app, systemPreferences, {})).toEqual({
      forced: null,
      regionLocale: 'en-US',
    })
    systemPreferences.defaults.set('AppleICUForce24HourTime', true)
    expect(readOsClock('darwin', app, systemPreferences, {}).forced).toBe('24-hour')
    systemPreferences.defaults.clear()
    systemPreferences.defaults.set('AppleICUForce12HourTime', true)
    expect(readOsClock('darwin', app, systemPreferences, {}).forced).toBe('12-hour')
  })
})

describe('Windows and Linux', () => {
  test('Windows: the regional format Electron reports; no defaults are read', () => {
    app.locale = 'de-DE'
    systemPreferences.defaults.set('AppleICUForce12HourTime', true)
    expect(readOsClock('win32', app, systemPreferences, {})).toEqual({
      forced: null,
      regionLocale: 'de-DE',
    })
  })

  test('Linux: LC_ALL, then LC_TIME, then LANG name the locale times are written in', () => {
    const read = (env: Record<string, string>) =>
      readOsClock('linux', app, systemPreferences, env).regionLocale
    expect(read({ LANG: 'en_US.UTF-8', LC_TIME: 'de_DE.UTF-8' })).toBe('de-DE')
    expect(read({ LC_ALL: 'en_GB.UTF-8', LC_TIME: 'en_US.UTF-8' })).toBe('en-GB')
    // C and POSIX name no region: Electron's system locale stands.
    expect(read({ LANG: 'C.UTF-8' })).toBe('en-US')
  })

  test('POSIX locale names become BCP 47 tags', () => {
    expect(localeOfPosixName('de_AT@euro')).toBe('de-AT')
    expect(localeOfPosixName('fr_FR.UTF-8')).toBe('fr-FR')
    expect(localeOfPosixName('POSIX')).toBeNull()
    expect(localeOfPosixName(undefined)).toBeNull()
  })
})
