// electron-builder.yml, read and validated by electron-builder itself, packs what the app reads at run time.
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { Configuration, FileSet } from 'electron-builder'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'
import { APP_NAME, APP_USER_MODEL_ID } from '../../src/main/app-identity'
import { autostartFilePath } from '../../src/main/launch-at-login'
import { trayIconPath } from '../../src/main/tray-icon-paths'
import { TRAY_GLYPHS } from '../../scripts/generate-icons'

const ROOT = resolve(import.meta.dirname, '../..')
const config: Configuration = await getConfig(ROOT, null, null)
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  desktopName: string
  scripts: Record<string, string>
}
const silent = { isEnabled: false, add: () => undefined } as never

/** The glob patterns of a `files` setting, as written or as electron-builder normalised them. */
const patternsOf = (files: Configuration['files']): string[] =>
  [files ?? []]
    .flat()
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()))

/** A glob as a regular expression: `*` within a name, `**` across folders. */
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .split('**')
      .map((part) =>
        part
          .split('*')
          .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*'),
      )
      .join('.*')}$`,
  )

describe('the packaging configuration', () => {
  it('passes electron-builder’s own schema check', async () => {
    await expect(validateConfiguration(config, silent)).resolves.toBeUndefined()
  })

  it('names the app with the id Windows notifications and the installer share', () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID)
    expect(config.productName).toBe(APP_NAME)
  })

  it('packs only the built app and its manifest, on every platform', () => {
    expect(patternsOf(config.files)).toEqual(['out/**', 'package.json'])
    // A platform's list replaces the shared one, so each must start with it again.
    for (const platform of [config.mac, config.win, config.linux]) {
      const files = patternsOf(platform?.files)
      expect(files.slice(0, 2)).toEqual(['out/**', 'package.json'])
      expect(files.slice(2).every((pattern) => pattern.startsWith('!'))).toBe(true)
    }
  })

  it('puts every tray image where the packaged tray looks for it: <resourcesPath>/icons', () => {
    const [icons] = config.extraResources as FileSet[]
    expect(icons).toMatchObject({ from: 'resources/icons', to: 'icons' })
    const filters = (icons?.filter as string[]).map(globToRegExp)
    for (const glyph of TRAY_GLYPHS) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        for (const dark of [false, true]) {
          const path = trayIconPath(glyph, platform, dark)
          expect(path.startsWith('icons/'), path).toBe(true)
          const name = path.slice('icons/'.length)
          expect(existsSync(join(ROOT, 'resources', path)), path).toBe(true)
          expect(
            filters.some((filter) => filter.test(name)),
            path,
          ).toBe(true)
        }
      }
    }
  })

  it('unpacks node-notifier’s helpers from the asar, since programs cannot run from inside it', () => {
    expect(config.asarUnpack).toContain('node_modules/node-notifier/vendor/**')
  })

  it('keeps macOS builds out of the Dock, under the hardened runtime, with the JIT entitlement', () => {
    expect(config.mac?.extendInfo).toMatchObject({ LSUIElement: true })
    expect(config.mac?.hardenedRuntime).toBe(true)
    const entitlements = readFileSync(join(ROOT, config.mac?.entitlements as string), 'utf8')
    expect(entitlements).toContain('<key>com.apple.security.cs.allow-jit</key>')
  })

  it('installs per user on Windows, without elevation', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false })
  })

  it('names the Linux desktop entry like the autostart entry, with the window class Electron sets', () => {
    const desktopId = packageJson.desktopName.replace(/\.desktop$/, '')
    expect(basename(autostartFilePath({}, '/home/someone'))).toBe(packageJson.desktopName)
    expect(config.linux?.syncDesktopName).toBe(true)
    expect(config.linux?.desktop?.entry?.['StartupWMClass']).toBe(desktopId)
    expect(config.linux?.category).toBe('Utility')
  })

  it('recommends on Debian what shows the tray on GNOME, and no AppIndicator library Electron never loads', () => {
    const recommends = config.deb?.recommends ?? []
    const tray = recommends.find((entry) => entry.includes('appindicator'))
    // First alternative: the one apt installs where no other tray host is there.
    expect(tray?.split('|')[0]?.trim()).toBe('gnome-shell-extension-appindicator')
    expect(tray).toContain('plasma-workspace')
    expect(recommends.join(' ')).not.toMatch(/lib(ayatana-)?appindicator/)
  })

  it('gives Linux a reverse-DNS app id, which the GlobalShortcuts portal needs on GNOME Wayland', () => {
    // g_application_id_is_valid: two or more dot-separated elements of [A-Za-z0-9_-], none
    // starting with a digit; GNOME 50 refuses shortcut binds for any other id, without a word.
    const desktopId = packageJson.desktopName.replace(/\.desktop$/, '')
    expect(desktopId).toMatch(/^[A-Za-z_-][\w-]*(\.[A-Za-z_-][\w-]*)+$/)
    expect(desktopId.length).toBeLessThanOrEqual(255)
  })

  it('uses the committed icons for each platform', () => {
    for (const icon of [config.mac?.icon, config.win?.icon, config.linux?.icon]) {
      expect(existsSync(join(ROOT, icon as string)), String(icon)).toBe(true)
    }
  })

  it('flips the fuses in an afterPack hook that exists, and publishes nothing', async () => {
    const hook = (await import(join(ROOT, config.afterPack as string))) as { afterPack: unknown }
    expect(typeof hook.afterPack).toBe('function')
    expect(config.publish).toBeNull()
  })

  it('builds installers with `npm run dist` and the unpacked app with `npm run dist:dir`', () => {
    expect(packageJson.scripts['dist']).toBe('electron-vite build && electron-builder')
    expect(packageJson.scripts['dist:dir']).toBe('electron-vite build && electron-builder --dir')
  })
})
