// The day across devices: one record from a laptop's and a home desktop's events, whichever reads it.
import { describe, expect, it } from 'vitest'
import { ISSUE_DAY, at, recordOn } from '../support/device-day'

describe('the laptop ritual at 17:35, then an hour of mail on the home desktop', () => {
  it.each(['laptop', 'desktop'])(
    'reads on the %s: left 17:35 on the laptop, 60 min after hours on the desktop',
    (self) => {
      expect(recordOn(self, ISSUE_DAY)).toMatchObject({
        verdict: 'settled',
        leftAt: at('17:35'),
        leftSource: 'ritual',
        leftDevice: 'laptop',
        onTime: true,
        afterHoursMinutes: 60,
        afterHoursByDevice: [{ device: 'desktop', minutes: 60 }],
      })
    },
  )

  it('still at the laptop until 17:38 after the ritual: 3 more minutes, there, largest first', () => {
    const story = ISSUE_DAY.map((line) =>
      line.replace('17:35 laptop suspend', '17:38 laptop suspend'),
    )
    expect(recordOn('desktop', story)).toMatchObject({
      leftAt: at('17:35'),
      afterHoursMinutes: 63,
      afterHoursByDevice: [
        { device: 'desktop', minutes: 60 },
        { device: 'laptop', minutes: 3 },
      ],
    })
  })
})

describe('two devices all day, then an evening return on the second, no ritual', () => {
  const story = [
    '09:00 desktop unlock',
    '09:05 laptop resume',
    '17:38 desktop lock',
    '17:45 laptop suspend',
    '20:30 desktop unlock',
    '21:15 desktop lock',
  ]

  it('left at the last departure, 17:45 on the laptop; the desktop locking first was no leave', () => {
    expect(recordOn('laptop', story)).toMatchObject({
      leftAt: at('17:45'),
      leftSource: 'suspend',
      leftDevice: 'laptop',
      confidence: 'observed',
      minutesLate: 15,
    })
  })

  it('the 45 evening minutes on the desktop are after hours, on both devices alike', () => {
    const laptop = recordOn('laptop', story)
    expect(laptop).toMatchObject({
      afterHoursMinutes: 45,
      afterHoursByDevice: [{ device: 'desktop', minutes: 45 }],
    })
    expect(recordOn('desktop', story)).toEqual(laptop)
  })

  it('an hour on both at once in the evening counts once: 60 minutes, 60 on each', () => {
    const evening = [...story, '20:15 laptop resume', '21:15 laptop suspend']
    expect(recordOn('laptop', evening)).toMatchObject({
      leftAt: at('17:45'),
      afterHoursMinutes: 60,
      afterHoursByDevice: [
        { device: 'laptop', minutes: 60 },
        { device: 'desktop', minutes: 45 },
      ],
    })
  })

  it('while the laptop is still in use at 18:10, the desktop locked at 17:38 leaves the day open', () => {
    expect(recordOn('desktop', story, { now: '18:10' })).toMatchObject({
      verdict: 'open',
      leftAt: null,
    })
  })
})

describe('the ritual on the laptop while the desktop stays unlocked', () => {
  const story = [
    '09:00 desktop unlock',
    '09:05 laptop resume',
    '17:32 laptop ritual',
    '17:32 laptop suspend',
  ]

  it.each(['laptop', 'desktop'])('on the %s: settled at the ritual, no after hours', (self) => {
    expect(recordOn(self, story)).toMatchObject({
      verdict: 'settled',
      leftAt: at('17:32'),
      leftDevice: 'laptop',
      afterHoursMinutes: 0,
      afterHoursByDevice: [],
    })
    expect(recordOn(self, story, { now: '17:33' })).toMatchObject({ verdict: 'settled' })
  })

  it('the desktop, untouched since the ritual, locks itself at 18:00: that half hour is no after hours', () => {
    expect(recordOn('desktop', [...story, '18:00 desktop lock'])).toMatchObject({
      leftAt: at('17:32'),
      afterHoursMinutes: 0,
    })
  })

  it('without the ritual, an unlocked desktop idle since noon leaves at the laptop suspend', () => {
    const noRitual = ['12:00 desktop idle', ...story.filter((line) => !line.includes('ritual'))]
    expect(recordOn('laptop', noRitual)).toMatchObject({
      leftAt: at('17:32'),
      leftSource: 'suspend',
      leftDevice: 'laptop',
    })
  })
})

describe('a personal device used in the evening', () => {
  const story = [
    '09:00 laptop resume',
    '17:35 laptop lock',
    '20:00 tablet unlock',
    '22:00 tablet lock',
  ]

  it.each(['laptop', 'tablet'])('on the %s: no after hours, left 17:35 on the laptop', (self) => {
    expect(recordOn(self, story, { personal: ['tablet'] })).toMatchObject({
      leftAt: at('17:35'),
      leftDevice: 'laptop',
      afterHoursMinutes: 0,
      afterHoursByDevice: [],
    })
  })

  it('the same evening on a work device is two hours after hours', () => {
    expect(recordOn('laptop', story)).toMatchObject({ afterHoursMinutes: 120 })
  })

  it('its presence keeps nothing open: the laptop lock at 17:35 is the leave though the tablet is on', () => {
    const tabletAllDay = ['08:00 tablet unlock', ...story]
    expect(recordOn('laptop', tabletAllDay, { personal: ['tablet'] })).toMatchObject({
      leftAt: at('17:35'),
      leftSource: 'lock',
    })
  })

  it('but what the user says there counts: "leaving now" on the tablet settles the day', () => {
    const said = ['09:00 laptop resume', '10:00 tablet check-in', '17:31 tablet leaving-now']
    const record = recordOn('laptop', said, { personal: ['tablet'] })
    expect(record).toMatchObject({
      leftAt: at('17:31'),
      leftSource: 'manual',
      leftDevice: 'tablet',
      afterHoursMinutes: 0,
    })
    expect(record.checkIns).toHaveLength(1)
  })
})
