// Windows ends the session: the user counts as away, once, whichever window hears it first.
import { afterEach, describe, expect, it } from 'vitest'
import type { AwayReason } from '../../src/core'
import { awayReasonOf, onWindowsSessionEnd } from '../../src/main/windows-session-end'
import { BrowserWindow, resetElectronStandIn, setPlatform } from '../support/electron-stand-in'

afterEach(() => resetElectronStandIn())

describe('the end of a Windows session', () => {
  it('is a shutdown for a shutdown, a restart, a log-off or a forced end', () => {
    expect(awayReasonOf(['shutdown'])).toBe('shutdown')
    expect(awayReasonOf(['logoff'])).toBe('shutdown')
    expect(awayReasonOf(['critical', 'logoff'])).toBe('shutdown')
    expect(awayReasonOf([])).toBe('shutdown')
  })

  it('is a quit when only Sundown is asked to close (an installer, a restart manager)', () => {
    expect(awayReasonOf(['close-app'])).toBe('quit')
  })

  it('is answered once, though both the popover and the ritual window hear it', () => {
    setPlatform('win32')
    const popover = new BrowserWindow()
    const ritual = new BrowserWindow()
    const ends: AwayReason[] = []
    onWindowsSessionEnd('win32', (reason) => void ends.push(reason))
    popover.emit('session-end', { reasons: ['logoff'] })
    ritual.emit('session-end', { reasons: ['logoff'] })
    expect(ends).toEqual(['shutdown'])
  })

  it('is not listened for outside Windows, where the event does not exist', () => {
    const popover = new BrowserWindow()
    onWindowsSessionEnd('darwin', () => undefined)
    expect(popover.listenerCount('session-end')).toBe(0)
  })
})
