// Prompts only on the device in use: the laptop and the desktop agree which one asks, and only one does.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WATCHDOG_CADENCE,
  deviceInUse,
  nextPrompt,
  nextWake,
  replayDay,
  type DeviceId,
  type PlannedPrompt,
} from '../../src/core'
import { PLAN, SETTINGS, at, dayAsSeenBy, rolesOf } from '../support/device-day'

/** The next prompt on `self` at `time`, every device's events synced. */
function promptOn(
  self: DeviceId,
  time: string,
  story: string[],
  personal: DeviceId[] = [],
): PlannedPrompt | null {
  return nextPrompt(at(time), PLAN, dayAsSeenBy(self, story), SETTINGS, rolesOf(self, personal))
}

describe('an end prompt while the laptop is suspended', () => {
  const story = [
    '08:55 laptop resume',
    '09:00 desktop unlock',
    '17:00 laptop suspend',
    '17:15 desktop shown heads-up',
  ]

  it('shows on the desktop, unlocked and in use', () => {
    expect(promptOn('desktop', '17:30', story)).toMatchObject({ kind: 'end', at: at('17:30') })
  })

  it('never on the suspended laptop', () => {
    expect(promptOn('laptop', '17:30', story)).toBeNull()
  })

  it('once the laptop resumes at 17:40 it is in use: reminders go there, not to the desktop', () => {
    const later = [...story, '17:30 desktop shown end', '17:40 laptop resume']
    expect(promptOn('laptop', '17:41', later)).toMatchObject({ kind: 'reminder', at: at('17:40') })
    expect(promptOn('desktop', '17:41', later)).toBeNull()
  })

  it('both devices name the same one in use', () => {
    for (const self of ['laptop', 'desktop']) {
      expect(deviceInUse(dayAsSeenBy(self, story), rolesOf(self))).toBe('desktop')
    }
  })
})

describe('which device is in use', () => {
  it('a laptop left unlocked since the morning is not: the desktop unlocked after it is', () => {
    const story = ['08:55 laptop resume', '13:00 desktop unlock', '17:15 desktop shown heads-up']
    expect(promptOn('desktop', '17:30', story)).toMatchObject({ kind: 'end' })
    expect(promptOn('laptop', '17:30', story)).toBeNull()
  })

  it('an idle desktop and a locked laptop: neither prompts', () => {
    const story = [
      '08:55 laptop resume',
      '13:00 desktop unlock',
      '17:10 laptop lock',
      '17:20 desktop idle',
    ]
    expect(promptOn('desktop', '17:30', story)).toBeNull()
    expect(promptOn('laptop', '17:30', story)).toBeNull()
  })

  it('a personal device never prompts, even when it is the only one in use', () => {
    const story = ['08:55 laptop resume', '17:00 laptop lock', '17:05 tablet unlock']
    expect(promptOn('tablet', '17:30', story, ['tablet'])).toBeNull()
  })

  it('a personal device in use does not silence the work laptop', () => {
    const story = ['08:55 laptop resume', '17:05 tablet unlock', '17:15 laptop shown heads-up']
    expect(promptOn('laptop', '17:30', story, ['tablet'])).toMatchObject({ kind: 'end' })
  })
})

describe('the ritual done on the laptop', () => {
  const story = [
    '08:55 laptop resume',
    '09:00 desktop unlock',
    '17:15 laptop shown heads-up',
    '17:30 laptop shown end',
    '17:32 laptop suspend',
    '17:35 desktop unlock',
  ]

  it('before it syncs, the desktop (now in use) reminds', () => {
    expect(promptOn('desktop', '17:41', story)).toMatchObject({ kind: 'reminder' })
  })

  it('once it has synced, the desktop does not prompt again that day', () => {
    const synced = [...story, '17:36 laptop ritual']
    expect(promptOn('desktop', '17:41', synced)).toBeNull()
    const now = at('17:41')
    const events = dayAsSeenBy('desktop', synced)
    const roles = rolesOf('desktop')
    const record = replayDay(PLAN, events, SETTINGS, now, roles)
    const wake = nextWake(now, { plan: PLAN, events, record, roles }, SETTINGS)
    expect(wake).toMatchObject({
      due: null,
      next: null,
      cadenceMs: DEFAULT_WATCHDOG_CADENCE.restingMs,
    })
  })
})
