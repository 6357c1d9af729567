// `npm start` launches the Electron the user pointed at, or the package's own download once it is complete, and fetches it otherwise.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  chooseElectronBinary,
  type ElectronInstallState,
} from '../../scripts/electron-binary-choice.ts'

const PACKAGE = '/project/node_modules/electron'
const DOWNLOADED = join(PACKAGE, 'dist', 'electron')

/** A Linux install where the binary was downloaded for this version; `files` are the paths that exist. */
function state(overrides: Partial<ElectronInstallState>, files: string[] = [DOWNLOADED]) {
  return chooseElectronBinary({
    env: {},
    platform: 'linux',
    packageDir: PACKAGE,
    packageVersion: '45.5.0',
    pathTxt: 'electron',
    distVersion: '45.5.0',
    isFile: (path) => files.includes(path),
    ...overrides,
  })
}

describe('choosing the Electron binary to start', () => {
  it('launches the binary the package downloaded before', () => {
    expect(state({})).toEqual({ launch: DOWNLOADED })
  })

  it('fetches the binary on a fresh clone, where nothing was downloaded yet', () => {
    expect(state({ pathTxt: null, distVersion: null }, [])).toEqual({
      fetch: DOWNLOADED,
      reason: 'not downloaded yet',
    })
  })

  it('fetches again when the download is of another Electron version', () => {
    expect(state({ distVersion: 'v44.0.0' })).toMatchObject({ fetch: DOWNLOADED })
  })

  it('fetches again when the downloaded binary has gone', () => {
    expect(state({}, [])).toMatchObject({ fetch: DOWNLOADED })
  })

  it('launches an unpacked Electron from ELECTRON_OVERRIDE_DIST_PATH without downloading', () => {
    const binary = '/opt/electron/Electron.app/Contents/MacOS/Electron'
    const choice = state(
      { env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, platform: 'darwin', pathTxt: null },
      [binary],
    )
    expect(choice).toEqual({ launch: binary })
  })

  it('stops, naming the missing file, when ELECTRON_OVERRIDE_DIST_PATH holds no Electron', () => {
    const choice = state({
      env: { ELECTRON_OVERRIDE_DIST_PATH: 'C:\\electron' },
      platform: 'win32',
    })
    expect(choice).toEqual({ fail: expect.stringContaining('electron.exe') })
  })

  it("honours electron-vite's own ELECTRON_EXEC_PATH first", () => {
    expect(
      state({ env: { ELECTRON_EXEC_PATH: '/usr/lib/electron45/electron' } }, [
        '/usr/lib/electron45/electron',
      ]),
    ).toEqual({
      launch: '/usr/lib/electron45/electron',
    })
    expect(state({ env: { ELECTRON_EXEC_PATH: '/nowhere/electron' } })).toEqual({
      fail: expect.stringContaining('/nowhere/electron'),
    })
  })

  it('stops on a platform Electron has no build for', () => {
    expect(state({ platform: 'aix' })).toEqual({ fail: expect.stringContaining('aix') })
  })
})
