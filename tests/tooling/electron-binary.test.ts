// The real-Electron tests find a binary exactly where the electron package would, or say why they skip.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findElectronBinary } from '../support/electron-binary'

/** An electron package folder, with or without the path.txt its first launch writes. */
function packageDir(pathTxt?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sundown-electron-pkg-'))
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt)
  return dir
}

/** An unpacked Electron holding one file at `relative`. */
function unpacked(relative: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sundown-electron-dist-'))
  mkdirSync(join(dir, relative, '..'), { recursive: true })
  writeFileSync(join(dir, relative), '')
  return dir
}

describe('finding the Electron binary', () => {
  it('skips, naming the reason, where the package never downloaded its binary', () => {
    const found = findElectronBinary({}, 'linux', packageDir())
    expect(found).toEqual({ missing: expect.stringContaining('never downloaded') })
  })

  it('uses the downloaded binary that path.txt names', () => {
    const dir = packageDir('electron')
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'electron'), '')
    expect(findElectronBinary({}, 'linux', dir)).toEqual({ path: join(dir, 'dist', 'electron') })
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH with the platform binary name', () => {
    const dist = unpacked('Electron.app/Contents/MacOS/Electron')
    const found = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist }, 'darwin', packageDir())
    expect(found).toEqual({ path: join(dist, 'Electron.app/Contents/MacOS/Electron') })
  })

  it('says so when ELECTRON_OVERRIDE_DIST_PATH points at a folder without Electron', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sundown-electron-empty-'))
    const found = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist }, 'win32', packageDir())
    expect(found).toEqual({ missing: expect.stringContaining('electron.exe') })
  })

  it('looks in the real package without loading it, so nothing is downloaded', () => {
    findElectronBinary({}, process.platform)
    const loaded = Object.keys(createRequire(import.meta.url).cache)
    expect(loaded.filter((path) => /[/\\]electron[/\\]index\.js$/.test(path))).toEqual([])
  })
})
