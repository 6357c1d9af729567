// When Electron cannot be downloaded, the user reads what happened and the three ways out, not "Electron uninstall".
import { describe, expect, it } from 'vitest'
import {
  downloadFailureMessage,
  readDownloadFailure,
} from '../../scripts/electron-download-failure.ts'

const ZIP =
  'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip'

/** install.js's output as seen here, with @electron/get's debug line that names the URL. */
const debugLine = `2026-12-07T14:07:57.729Z @electron/get:index Downloading ${ZIP} to /tmp/electron-download-i9mb1H/electron-v45.5.0-linux-x64.zip with options: undefined`

const TARGET = { version: '45.5.0', platform: 'linux', arch: 'x64', binaryPath: 'electron' }

describe('reading why the download failed', () => {
  it('names the HTTP status and the URL that answered it', () => {
    const output = `${debugLine}\nHTTPError: Response code 404 (Not Found) for ${ZIP}\n    at FetchDownloader.download (file:///…)`
    expect(readDownloadFailure(output, 1)).toEqual({
      what: `HTTP 404 (Not Found) from ${ZIP}`,
      url: ZIP,
      network: false,
    })
  })

  it('recognises a network error, whose cause fetch does not print, and keeps the URL to ask again', () => {
    expect(readDownloadFailure(`${debugLine}\nTypeError: fetch failed\n`, 1)).toEqual({
      what: `a network error reaching ${ZIP}`,
      url: ZIP,
      network: true,
    })
  })

  it('passes on any other error line, such as a checksum mismatch', () => {
    const output = `${debugLine}\nError: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.\n    at …`
    expect(readDownloadFailure(output, 1).what).toBe(
      'Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.',
    )
  })

  it('says how install.js ended when it printed nothing useful', () => {
    expect(readDownloadFailure('', 3)).toEqual({
      what: "electron's install.js exited with code 3",
      network: false,
    })
  })
})

describe('the message after a failed download', () => {
  const message = downloadFailureMessage(
    { what: `a network error reaching ${ZIP}`, url: ZIP, network: true },
    TARGET,
    'getaddrinfo ENOTFOUND github.com',
  )

  it('says what happened first, with the cause', () => {
    expect(message.split('\n')[0]).toBe(
      `Could not download Electron 45.5.0 for linux-x64: a network error reaching ${ZIP}: getaddrinfo ENOTFOUND github.com.`,
    )
  })

  it('ends the first line with one full stop, whatever the cause ends with', () => {
    const failure = { what: `a network error reaching ${ZIP}`, url: ZIP, network: true }
    const line = downloadFailureMessage(failure, TARGET, 'Request was cancelled.').split('\n')[0]
    expect(line).toMatch(/Request was cancelled\.$/)
  })

  it('offers the proxy variables, a mirror and an Electron already on disk', () => {
    expect(message).toMatch(/HTTPS_PROXY.*HTTP_PROXY.*NO_PROXY/)
    expect(message).toContain('ELECTRON_MIRROR=')
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(message).not.toContain('Electron uninstall')
  })
})
