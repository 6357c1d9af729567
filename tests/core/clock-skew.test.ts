// Clocks three minutes apart: the leave is the departing device's own stamp, the evening still its full length.
import { describe, expect, it } from 'vitest'
import { ISSUE_DAY, at, recordOn } from '../support/device-day'

describe('clocks three minutes apart', () => {
  it.each([3, -3])(
    'the desktop %i min off: left 17:35 by the laptop clock, 60 min on the desktop',
    (skew) => {
      expect(recordOn('laptop', ISSUE_DAY, { clockAheadMinutes: { desktop: skew } })).toMatchObject(
        {
          leftAt: at('17:35'),
          afterHoursMinutes: 60,
          afterHoursByDevice: [{ device: 'desktop', minutes: 60 }],
        },
      )
    },
  )

  it.each([3, -3])(
    'the laptop %i min off: the leave is its own stamp, the evening still 60 min',
    (skew) => {
      expect(recordOn('desktop', ISSUE_DAY, { clockAheadMinutes: { laptop: skew } })).toMatchObject(
        {
          leftAt: at('17:35') + skew * 60_000,
          leftDevice: 'laptop',
          afterHoursMinutes: 60,
        },
      )
    },
  )

  it.each([
    { skew: 3, left: '17:48', device: 'laptop', source: 'suspend' },
    { skew: -3, left: '17:44', device: 'desktop', source: 'lock' },
  ])(
    'departures 1 min apart, the laptop $skew min off: left $left on the $device, within 3 min of 17:45',
    ({ skew, left, device, source }) => {
      const story = [
        '09:00 desktop unlock',
        '09:05 laptop resume',
        '17:44 desktop lock',
        '17:45 laptop suspend',
      ]
      const record = recordOn('desktop', story, { clockAheadMinutes: { laptop: skew } })
      expect(record).toMatchObject({ leftAt: at(left), leftDevice: device, leftSource: source })
      expect(Math.abs((record.leftAt ?? 0) - at('17:45'))).toBeLessThanOrEqual(3 * 60_000)
    },
  )

  it.each([3, -3])('a 20-min break on the laptop, %i min off, is still no departure', (skew) => {
    const story = [
      '09:00 desktop unlock',
      '09:05 laptop resume',
      '17:20 desktop lock',
      '17:20 laptop lock',
      '17:40 laptop unlock',
      '18:10 laptop lock',
    ]
    expect(recordOn('desktop', story, { clockAheadMinutes: { laptop: skew } })).toMatchObject({
      leftAt: at('18:10') + skew * 60_000,
      leftDevice: 'laptop',
    })
  })
})
