// An American English user reads "5:30 PM" in every view, a German user "17:30", and the OS's 24-hour switch wins: the clock main sends with today.
import { afterEach, describe, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { setFormatLocale } from '../../src/renderer/src/format/cached-format'
import { prepareView } from '../../src/renderer/src/prepare-view'
import { PreparedViewRoot, applyPreparedView } from '../../src/renderer/src/render-view'
import type { OsClock } from '../../src/shared/format/hour-cycle'
import type { ViewName } from '../../src/shared/ipc-contract'
import type { Language } from '../../src/shared/messages'
import { MESSAGES } from '../../src/shared/messages/all'
import { installFakeSundown, type Happening } from './support/fake-sundown'

const TUESDAY = '2026-11-24'
const morning: Happening[] = [{ type: 'app-started', time: '09:00' }]
// Left through the ritual at 17:30 sharp: the leave time is the end time.
const doneAtHalfPastFive: Happening[] = [
  ...morning,
  { type: 'ritual-started', time: '17:20' },
  { type: 'ritual-completed', time: '17:30' },
]

const USERS: Record<
  string,
  {
    osLocales: string[]
    osClock?: OsClock
    language: Language
    clock: RegExp
    /** The popover's line of the day: its date and hours. */
    hours: RegExp
    /** How the month's table names the Tuesday. */
    tuesday: string
  }
> = {
  'an American English user': {
    osLocales: ['en-US'],
    language: 'en',
    clock: /5:30\sPM/,
    hours: /^Tuesday, November 24 · 9:00\sAM–5:30\sPM$/,
    tuesday: 'Tue, Nov 24',
  },
  'a German user': {
    osLocales: ['de-DE'],
    language: 'de',
    clock: /17:30/,
    hours: /^Dienstag, 24. November · 9:00–17:30$/,
    tuesday: 'Di., 24. Nov.',
  },
  // Windows' regional format or macOS's "24-hour time" switch, read by main and sent with today.
  'an American English user whose OS keeps a 24-hour clock': {
    osLocales: ['en-US'],
    osClock: { forced: '24-hour' },
    language: 'en',
    clock: /17:30/,
    hours: /^Tuesday, November 24 · 09:00–17:30$/,
    tuesday: 'Tue, Nov 24',
  },
}

/** Opens a view as the entry does, on a system preferring `osLocales`, at `time` on a Tuesday. */
async function open(
  view: ViewName,
  { osLocales, osClock }: { osLocales: readonly string[]; osClock?: OsClock },
  time: string,
  events: Happening[],
) {
  const fake = installFakeSundown({
    date: TUESDAY,
    time,
    osLocales,
    ...(osClock ? { osClock } : {}),
    days: { [TUESDAY]: events },
  })
  const prepared = await prepareView(view, fake.api)
  applyPreparedView(prepared)
  return render(<PreparedViewRoot prepared={prepared} api={fake.api} />)
}

afterEach(() => {
  setFormatLocale(undefined)
  document.documentElement.lang = 'en'
})

for (const [user, { language, clock, hours, tuesday, ...system }] of Object.entries(USERS)) {
  describe(`${user} reads the end of the day as ${clock.source}`, () => {
    test('in the popover: the countdown and the day’s hours', async () => {
      const screen = await open('popover', system, '16:18', morning)
      const heading = screen.getByRole('heading', { level: 1 })
      await expect.element(heading).toMatchTextContent(clock)
      expect(heading.element().textContent).toMatch(language === 'en' ? /^Ends / : /^Feierabend/)
      await expect.element(screen.getByText(hours)).toBeVisible()
    })

    test('in the ritual: the leave time once it is complete', async () => {
      const screen = await open('ritual', system, '17:35', doneAtHalfPastFive)
      const leftAt = () => screen.container.querySelector('.ritual-complete-time')?.textContent
      await expect.poll(leftAt).toMatch(clock)
    })

    test('in the month: the planned end and the leave time of the day', async () => {
      const screen = await open('month', system, '18:00', doneAtHalfPastFive)
      await userEvent.click(screen.getByText(MESSAGES[language].month.tableSummary))
      const table = screen.getByRole('table')
      await expect.element(table).toBeVisible()
      const row = [...table.element().querySelectorAll('tbody tr')].find((candidate) =>
        candidate.textContent?.startsWith(tuesday),
      )
      // Both the planned end and the leave time read 17:30, in the user's own clock.
      const times = row?.textContent?.match(new RegExp(clock.source, 'g')) ?? []
      expect(times).toHaveLength(2)
    })
  })
}

test('no view writes a 12-hour time for the German user', async () => {
  const screen = await open('popover', { osLocales: ['de-DE'] }, '16:18', morning)
  await expect.element(screen.getByRole('heading', { level: 1 })).toMatchTextContent(/17:30/)
  expect(document.body.textContent).not.toMatch(/\b(AM|PM)\b/)
})
