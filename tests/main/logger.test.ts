// What a start-up line and an error tell a bug report, and what they keep back.
import { describe, expect, it } from 'vitest'
import { loggableError, startUpLine, type StartUpFacts } from '../../src/main/logger'

const facts: StartUpFacts = {
  appVersion: '0.1.0',
  platform: 'linux',
  osRelease: '6.8.0',
  arch: 'x64',
  versions: { electron: '45.5.0', chrome: '146.0.7680.31', node: '24.11.1' },
  locale: 'de-DE',
  env: {},
}

describe('the start-up line', () => {
  it('names the versions, the system and the locale', () => {
    expect(startUpLine({ ...facts, platform: 'darwin', osRelease: '25.1.0', arch: 'arm64' })).toBe(
      'Sundown 0.1.0 starting on darwin 25.1.0 arm64; Electron 45.5.0, Chromium 146.0.7680.31, Node 24.11.1; locale de-DE',
    )
  })

  it('names the Linux desktop and session type, which explain most tray and shortcut reports', () => {
    const env = {
      XDG_SESSION_TYPE: 'wayland',
      XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
      HOME: '/home/ada',
    }
    expect(startUpLine({ ...facts, env })).toBe(
      'Sundown 0.1.0 starting on linux 6.8.0 x64 (ubuntu:GNOME, wayland); Electron 45.5.0, Chromium 146.0.7680.31, Node 24.11.1; locale de-DE',
    )
  })
})

describe('an error as the log keeps it', () => {
  it('says what was thrown when it is not an Error, without its value', () => {
    expect(loggableError('my note for today')).toBe('a thrown string, not an Error')
  })
})
