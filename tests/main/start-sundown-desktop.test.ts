// What each desktop gets from the real wiring: the tray glyph drawn for the panel's shade.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSundown, type SundownEnvironment } from '../../src/main/start-sundown'
import { Tray, app, resetElectronStandIn } from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import { ZONE, berlin } from '../support/launch-sundown'

beforeEach(() => resetElectronStandIn())
afterEach(() => app.emit('before-quit'))

/** Starts Sundown at 14:00 on a Tuesday on `platform`, with the given theme and session variables. */
function launchOn(
  platform: NodeJS.Platform,
  theme: { apps: 'light' | 'dark'; system: 'light' | 'dark' },
  env: Record<string, string> = {},
) {
  const environment: SundownEnvironment = {
    clock: new FakeClock(berlin('2026-11-24', '14:00')),
    zone: () => ZONE,
    platform,
    env,
    userDataDir: app.getPath('userData'),
    documentsDir: tmpdir(),
    homeDir: mkdtempSync(join(tmpdir(), 'sundown-home-')),
    execPath: '/usr/bin/sundown',
    resourcesDir: resolve('resources'),
    locale: 'en-GB',
    nativeTheme: {
      shouldUseDarkColors: theme.apps === 'dark',
      shouldUseDarkColorsForSystemIntegratedUI: theme.system === 'dark',
      on: () => undefined as never,
    },
  }
  return startSundown(environment)
}

const trayImage = () => (Tray.all.at(-1)?.image as { path: string }).path

describe('the tray glyph follows the panel it sits on, not the apps’ theme', () => {
  it('Windows 10 out of the box: a dark taskbar with light apps gets the glyph for dark panels', () => {
    launchOn('win32', { apps: 'light', system: 'dark' })
    expect(trayImage()).toMatch(/tray-working-dark\.png$/)
  })

  it('Windows with a light taskbar and dark apps gets the glyph for light panels', () => {
    launchOn('win32', { apps: 'dark', system: 'light' })
    expect(trayImage()).toMatch(/tray-working-light\.png$/)
  })

  it('GNOME’s top bar is dark in the default light style, so the glyph is the one for dark panels', () => {
    launchOn('linux', { apps: 'light', system: 'light' }, { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })
    expect(trayImage()).toMatch(/tray-working-dark\.png$/)
  })

  it('KDE Plasma’s panel follows the colour scheme', () => {
    launchOn('linux', { apps: 'light', system: 'light' }, { XDG_CURRENT_DESKTOP: 'KDE' })
    expect(trayImage()).toMatch(/tray-working-light\.png$/)
  })
})
