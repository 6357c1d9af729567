// While Electron's 100 MB download runs, the user sees it move.
import { describe, expect, it } from 'vitest'
import { downloadFile, downloadProgressLine } from '../../scripts/electron-download-progress.ts'

describe('progress while Electron downloads', () => {
  it("finds the file being written in @electron/get's debug output", () => {
    const output =
      '2026-12-07T14:07:57.729Z @electron/get:index Downloading https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip to /tmp/electron-download-i9mb1H/electron-v45.5.0-linux-x64.zip with options: undefined\n'
    expect(downloadFile(output)).toBe(
      '/tmp/electron-download-i9mb1H/electron-v45.5.0-linux-x64.zip',
    )
    expect(downloadFile('')).toBeUndefined()
  })

  it('says how much has arrived and for how long', () => {
    expect(downloadProgressLine(23_456_789, 40_200)).toBe(
      'Still downloading Electron: 23 MB so far (40 s).',
    )
    expect(downloadProgressLine(undefined, 10_000)).toBe('Still downloading Electron (10 s).')
  })
})
