// The popover's Chromium follows the OS zone and tells main, whose own zone never moves (Electron's main process keeps its start zone).
import type {} from '@vitest/browser-playwright'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import type { IpcResult } from '../../src/shared/ipc-contract'
import { startZoneReports } from '../../src/renderer/src/zone-reporter'

/** A `reportZone` that records what the page told main. */
function recordingApi(
  answer: () => Promise<IpcResult<null>> = () => Promise.resolve({ ok: true, value: null }),
) {
  const reported: string[] = []
  return {
    reported,
    api: {
      reportZone: ({ zone }: { zone: string }) => {
        reported.push(zone)
        return answer()
      },
    },
  }
}

let stop: () => void = () => undefined

afterEach(async () => {
  stop()
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId: '' })
})

describe('the popover reporting its zone', () => {
  it('tells main once when Chromium moves the page to a new zone', async () => {
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' })
    const { api, reported } = recordingApi()
    stop = startZoneReports(api)
    // Chromium changes a page's zone the same way for the OS (TimeZoneMonitor) and for this override.
    await cdp().send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/London' })
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('focus'))
    expect(reported).toEqual(['Europe/London'])
  })

  it('says nothing while the zone stays the one the page loaded in', () => {
    const { api, reported } = recordingApi()
    stop = startZoneReports(api)
    window.dispatchEvent(new Event('focus'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(reported).toEqual([])
  })

  it('shrugs off a refusal (a zone main does not know) and reports the next change', async () => {
    let zone = 'Europe/Berlin'
    const { api, reported } = recordingApi(() =>
      Promise.resolve({
        ok: false,
        problem: { code: 'fields', errors: [{ field: 'zone', problem: { code: 'unknown-zone' } }] },
      }),
    )
    stop = startZoneReports(api, () => zone)
    zone = 'Etc/Unknown'
    window.dispatchEvent(new Event('timezonechange'))
    zone = 'Asia/Tokyo'
    window.dispatchEvent(new Event('focus'))
    await Promise.resolve()
    expect(reported).toEqual(['Etc/Unknown', 'Asia/Tokyo'])
  })

  it('stops watching when told to', () => {
    let zone = 'Europe/Berlin'
    const { api, reported } = recordingApi()
    startZoneReports(api, () => zone)()
    zone = 'Europe/London'
    window.dispatchEvent(new Event('focus'))
    expect(reported).toEqual([])
  })
})
