// A day's detail names the device that saw the leave and where the after-hours happened, only for someone with several devices.
import { afterEach, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import type { DayRecord } from '../../../src/core'
import { MonthView } from '../../../src/renderer/src/views/month/month-view'
import type { DevicesState } from '../../../src/shared/ipc-contract'
import { installApi, november, october, oneDevice, summaryOf } from './month-fixture'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

const stories = { ...october, ...november }
const DAY = '2026-11-04'
/** This device, as getDevices names it. */
const HERE = oneDevice.thisDevice.id

/** The laptop, and a desktop at home in the sync folder. */
const laptopAndDesktop: DevicesState = {
  ...oneDevice,
  folder: '/home/ada/Sync',
  status: 'syncing',
  others: [
    {
      id: 'desktop-1',
      name: 'Desktop',
      platform: 'linux',
      countsAsWork: true,
      lastSeenAt: null,
    },
  ],
}

/**
 * November as main summarises it once the record names devices: on the 4th the leave was seen
 * on `left` and the 45 after-hours minutes were at `evening`.
 */
async function showFourth(devices: DevicesState, left: string, evening: string) {
  const api = installApi(stories, '2026-11-24', devices)
  api.getMonth.mockImplementation(async ({ month }: { month: string }) => {
    const summary = summaryOf(month, stories, '2026-11-24')
    for (const day of summary.days) {
      if (day.date !== DAY || !day.record) continue
      const record: DayRecord = day.record
      record.leftDevice = left
      record.afterHoursByDevice = [{ device: evening, minutes: record.afterHoursMinutes }]
    }
    return { ok: true, value: summary }
  })
  const screen = await render(<MonthView />)
  await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  const cell = screen.getByRole('button', { name: /November 4, 2026/ })
  await expect.element(cell).toBeVisible()
  // The pointer may rest where a cell renders (earlier tests move it) and preview that day: park it.
  await userEvent.hover(screen.getByRole('heading', { name: 'November 2026' }))
  cell.element().focus()
  const detail = screen.getByRole('region', { name: 'Wednesday, November 4, 2026' })
  await expect.element(detail).toBeVisible()
  await expect.poll(() => api.getDevices.mock.calls.length).toBe(1)
  return detail
}

test('with a laptop and a desktop, the detail says where the leave was seen and where after-hours happened', async () => {
  const detail = await showFourth(laptopAndDesktop, HERE, 'desktop-1')
  await expect.element(detail).toMatchTextContent('Left at5:55 PM · on Laptop')
  await expect.element(detail).toMatchTextContent('After-hours45 min · Desktop 45 min')
  // For a person to look at: test-results/screens/month-day-detail-devices.png.
  await page.screenshot({ path: '../../../test-results/screens/month-day-detail-devices.png' })
})

test('an id no device in the folder has reads as another device', async () => {
  const detail = await showFourth(laptopAndDesktop, 'tablet-9', 'tablet-9')
  await expect.element(detail).toMatchTextContent('5:55 PM · on another device')
  await expect.element(detail).toMatchTextContent('45 min · another device 45 min')
})

test('a record naming a device this one does not know counts as several devices even with sync off', async () => {
  const detail = await showFourth(oneDevice, HERE, 'desktop-1')
  await expect.element(detail).toMatchTextContent('5:55 PM · on Laptop')
  await expect.element(detail).toMatchTextContent('45 min · another device 45 min')
})

test('someone with one device sees no device wording at all', async () => {
  const detail = await showFourth(oneDevice, HERE, HERE)
  await expect.element(detail).toMatchTextContent('Left at5:55 PM')
  await expect.element(detail).toMatchTextContent('After-hours45 min')
  await expect.element(detail).not.toMatchTextContent(/Laptop|device|·/)
})
