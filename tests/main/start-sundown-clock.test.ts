// An American reads "5:30 PM" in the tray and the notifications, a German "17:30": the OS's word on the clock, through main's real wiring.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { readOsClock } from '../../src/main/electron-os-clock'
import { MESSAGES } from '../../src/shared/messages/all'
import {
  app,
  resetElectronStandIn,
  systemPreferences,
  Tray,
  type DesktopPlatform,
} from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import { berlin, launchSundown, ZONE, type ShownPrompt } from '../support/launch-sundown'

const date = '2026-11-24'
const at = (time: string) => berlin(date, time)

let clock: FakeClock
let shown: ShownPrompt[]

beforeEach(() => {
  resetElectronStandIn()
  shown = []
  clock = new FakeClock(at('09:00'))
})

afterEach(() => {
  app.emit('before-quit')
  app.locale = 'en-US'
})

/** Launches Sundown for a user whose system speaks `locale`, the OS read as Electron reads it there. */
function launchFor(locale: string, platform: DesktopPlatform = 'linux') {
  app.locale = locale
  launchSundown(
    clock,
    app.getPath('userData'),
    shown,
    () => ZONE,
    platform,
    () => ZONE,
    {
      locale,
      osClock: () => readOsClock(platform, app, systemPreferences, {}),
    },
  )
}

const tooltip = () => (Tray.all.at(-1) as InstanceType<typeof Tray>).tooltip
/** The words of the heads-up and the end prompt, shown at 17:15 and 17:30. */
function promptsOfTheEvening(): string[] {
  clock.advanceTo(at('17:16'))
  clock.advanceTo(at('17:31'))
  return shown.flatMap(({ message }) => [message.title, message.body])
}

describe('the clock in the tray and the notifications', () => {
  test('an American English user reads 5:30 PM', () => {
    launchFor('en-US')
    const en = MESSAGES.en.main
    expect(tooltip()).toBe(en.tooltip.endsIn({ end: '5:30 PM', left: '8 h 30 min' }))
    expect(promptsOfTheEvening()).toEqual(
      expect.arrayContaining([
        en.prompts.headsUpBody({ end: '5:30 PM' }),
        en.prompts.endTitle({ end: '5:30 PM' }),
      ]),
    )
    // Last told at the end prompt: the tray follows each change of the day.
    expect(tooltip()).toBe(en.tooltip.justPast({ end: '5:30 PM' }))
  })

  test('a German user reads 17:30', () => {
    launchFor('de-DE')
    const de = MESSAGES.de.main
    expect(tooltip()).toBe(de.tooltip.endsIn({ end: '17:30', left: '8 Std. 30 Min.' }))
    expect(promptsOfTheEvening()).toEqual(
      expect.arrayContaining([
        de.prompts.headsUpBody({ end: '17:30' }),
        de.prompts.endTitle({ end: '17:30' }),
      ]),
    )
  })

  test("an American whose Mac is set to 24-hour time reads 17:30: the OS's switch wins", () => {
    systemPreferences.defaults.set('AppleICUForce24HourTime', true)
    launchFor('en-US', 'darwin')
    expect(tooltip()).toMatch(/^Ends 17:30 — /)
    expect(promptsOfTheEvening()).toContain(MESSAGES.en.main.prompts.endTitle({ end: '17:30' }))
  })
})
