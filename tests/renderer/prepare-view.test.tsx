// A window is usable the moment it first paints: today, its words and the view are ready before the first render.
import { afterEach, expect, test } from 'vitest'
import { render } from 'vitest-browser-react'
import { setFormatLocale } from '../../src/renderer/src/format/cached-format'
import { prepareView } from '../../src/renderer/src/prepare-view'
import { PreparedViewRoot, applyPreparedView } from '../../src/renderer/src/render-view'
import { installFakeSundown } from './support/fake-sundown'

const TUESDAY = '2026-11-24'

afterEach(() => {
  setFormatLocale(undefined)
})

test("the popover's first render shows today and has its first control focused", async () => {
  const fake = installFakeSundown({
    date: TUESDAY,
    time: '16:18',
    days: { [TUESDAY]: [{ type: 'app-started', time: '09:00' }] },
  })
  const prepared = await prepareView('popover', fake.api)
  expect(prepared.today?.plan.date).toBe(TUESDAY)
  expect(fake.callsTo('getToday')).toHaveLength(1)

  applyPreparedView(prepared)
  const screen = await render(<PreparedViewRoot prepared={prepared} api={fake.api} />)
  // Read at once, not polled: nothing waits on a second round trip to main.
  const heading = screen.container.querySelector('h1')
  expect(heading?.textContent).toMatch(/^Ends 5:30/)
  const firstControl = screen.container.querySelector('.popover input, .popover button')
  expect(document.activeElement).toBe(firstControl)
})

test('when main cannot say what today is, the window still opens, in English, and says it could not load', async () => {
  const fake = installFakeSundown({ date: TUESDAY, time: '16:18' })
  fake.refuseNext('getToday', { code: 'failed' })
  const prepared = await prepareView('popover', fake.api)
  expect(prepared.today).toBeNull()
  expect(prepared.words.language).toBe('en')

  fake.refuseNext('getToday', { code: 'failed' })
  applyPreparedView(prepared)
  const screen = await render(<PreparedViewRoot prepared={prepared} api={fake.api} />)
  await expect.element(screen.getByRole('alert')).toMatchTextContent(/could not read today/)
})

test('the month window starts on the month of the day it was opened with, asking main for today once', async () => {
  const fake = installFakeSundown({
    date: TUESDAY,
    time: '18:00',
    days: { [TUESDAY]: [{ type: 'app-started', time: '09:00' }] },
  })
  const prepared = await prepareView('month', fake.api)
  applyPreparedView(prepared)
  const screen = await render(<PreparedViewRoot prepared={prepared} api={fake.api} />)
  await expect.element(screen.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  await expect.element(screen.getByRole('button', { name: /November 24, 2026/ })).toBeVisible()
  expect(fake.callsTo('getToday')).toHaveLength(1)
  expect(fake.callsTo('getMonth')).toEqual([{ month: '2026-11' }])
})
