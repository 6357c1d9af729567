// A window is usable the moment it first paints: today, its words and the view are ready before the first render.
import { afterEach, expect, test, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import type { SundownApi } from '../../src/shared/ipc-contract'
import { setFormatLocale } from '../../src/renderer/src/format/cached-format'
import { prepareView } from '../../src/renderer/src/prepare-view'
import { PreparedViewRoot, applyPreparedView } from '../../src/renderer/src/render-view'
import { installFakeSundown } from './support/fake-sundown'

const TUESDAY = '2026-11-24'

afterEach(() => {
  setFormatLocale(undefined)
  vi.restoreAllMocks()
})

/** Counts every date, time and number Intl writes from here on, in this window. */
function countIntlWriting() {
  // `format` is a getter handing out a bound function: each use reads it once.
  const formatOf = (prototype: object) =>
    vi.spyOn(prototype as { readonly format: unknown }, 'format', 'get')
  const spies = [
    formatOf(Intl.DateTimeFormat.prototype),
    formatOf(Intl.NumberFormat.prototype),
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts'),
  ]
  return () => spies.reduce((calls, spy) => calls + spy.mock.calls.length, 0)
}

/**
 * A popover prepared from a day with check-ins, main's state sent with or without its written
 * texts. Main answers with that same state from then on, so only the window's writing is counted.
 */
async function preparedBusyDay({ withTexts }: { withTexts: boolean }) {
  const fake = installFakeSundown({
    date: TUESDAY,
    time: '16:18',
    days: {
      [TUESDAY]: [
        { type: 'app-started', time: '09:00' },
        { type: 'check-in', time: '10:00', energy: 4, alignment: 3, note: '' },
        { type: 'check-in', time: '13:30', energy: 2, alignment: 4, note: '' },
      ],
    },
  })
  const { texts, ...bare } = await fake.api.getToday()
  const state = withTexts ? { ...bare, texts } : bare
  const api: SundownApi = { ...fake.api, getToday: () => Promise.resolve(state) }
  window.sundown = api
  return { prepared: await prepareView('popover', api), api }
}

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
  fake.refuseNext('getToday', 'The day could not be read.')
  const prepared = await prepareView('popover', fake.api)
  expect(prepared.today).toBeNull()
  expect(prepared.words.language).toBe('en')

  fake.refuseNext('getToday', 'The day could not be read.')
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

/** Renders the busy day's popover, checks what it shows, and answers how often Intl wrote meanwhile. */
async function showBusyDay({ withTexts }: { withTexts: boolean }): Promise<number> {
  const { prepared, api } = await preparedBusyDay({ withTexts })
  const written = countIntlWriting()
  applyPreparedView(prepared)
  const screen = await render(<PreparedViewRoot prepared={prepared} api={api} />)
  expect(screen.container.querySelector('h1')?.textContent).toMatch(
    /^Ends 5:30\sPM · in 1 h 12 min$/,
  )
  await expect.element(screen.getByText(/^Tuesday, November 24 · 9:00\sAM/)).toBeVisible()
  await expect.element(screen.getByText('1:30\u202fPM')).toBeVisible()
  return written()
}

test("the popover's first render writes no time, date or number itself: main sent them written", async () => {
  expect(await showBusyDay({ withTexts: true })).toBe(0)
})

test('a state that comes without written texts is still written in full, by the window', async () => {
  expect(await showBusyDay({ withTexts: false })).toBeGreaterThan(0)
})
