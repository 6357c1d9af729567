// The today line reads where the day stands, rendered in real Chromium.
import { expect, test } from 'vitest'
import { render } from 'vitest-browser-react'
import { DEFAULT_SETTINGS, instantAt, planFor } from '../../src/core'
import { TodayView } from '../../src/renderer/src/today-view'

const zone = 'Europe/Berlin'

test('an hour and twelve minutes before the end it counts down', async () => {
  const now = instantAt('2026-11-24', 16 * 60 + 18, zone)
  const screen = await render(<TodayView now={now} zone={zone} />)
  await expect.element(screen.getByText(/in 1 h 12 min/)).toBeVisible()
})

test('on a Saturday it says day off', async () => {
  const now = instantAt('2026-11-28', 11 * 60, zone)
  expect(planFor(DEFAULT_SETTINGS, '2026-11-28', zone).workday).toBe(false)
  const screen = await render(<TodayView now={now} zone={zone} />)
  await expect.element(screen.getByText('Day off')).toBeVisible()
})
