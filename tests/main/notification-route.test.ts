// Which way a prompt's notification goes: Electron's where it can work, node-notifier where macOS refuses unsigned apps, never two at once.
import { describe, expect, it } from 'vitest'
import {
  firstNotificationRoute,
  routeAfterElectron,
  type NotificationBuild,
} from '../../src/main/notification-route'

const build = (
  platform: NodeJS.Platform,
  packaged: boolean,
  signed: boolean,
): NotificationBuild => ({ platform, packaged, signed })

describe('the first route', () => {
  it.for([
    ['darwin', true, true, 'electron'],
    ['darwin', true, false, 'node-notifier'],
    ['darwin', false, false, 'node-notifier'],
    ['darwin', false, true, 'node-notifier'],
    ['win32', false, false, 'electron'],
    ['win32', true, false, 'electron'],
    ['linux', false, false, 'electron'],
  ] as const)('%s, packaged %s, signed %s → %s', ([platform, packaged, signed, via]) => {
    expect(firstNotificationRoute(build(platform, packaged, signed), true).via).toBe(via)
  })

  it('says why a macOS development run skips Electron', () => {
    expect(firstNotificationRoute(build('darwin', false, false), true)).toEqual({
      via: 'node-notifier',
      reason: "a development run on macOS cannot use Electron's notifications",
    })
  })

  it('skips Electron wherever it cannot show notifications at all', () => {
    expect(firstNotificationRoute(build('linux', true, true), false)).toEqual({
      via: 'node-notifier',
      reason: 'Notification.isSupported() is false',
    })
  })
})

describe('after Electron answers', () => {
  it('is done when shown, falls back when failed, and only tells the tray when unanswered', () => {
    expect(routeAfterElectron('shown')).toBe('done')
    expect(routeAfterElectron('failed')).toBe('node-notifier')
    expect(routeAfterElectron('unanswered')).toBe('tray')
  })
})
