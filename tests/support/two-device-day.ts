// The day on two computers: the ritual on the laptop at 17:35, an hour of mail on the home desktop from 20:00; run over any sync engine.
import type { DeviceMinutes, Instant } from '../../src/core'
import { berlin } from './launch-sundown'
import type { Device } from './two-devices'

/** The day: a Monday in Berlin, the plan ends 17:30. */
export const DATE = '2026-12-07'
/** An instant at a Berlin wall time that day. */
export const at = (time: string): number => berlin(DATE, time)

/** Both computers start Sundown at nine, each with its own side of the synced folder. */
export interface TwoDevices {
  laptop: Device
  desktop: Device
  /** Lets the sync engine carry every change across until `check` holds (fails after a while). */
  syncUntil(what: string, check: () => Promise<boolean>): Promise<void>
}

/** The day as a device's month chart shows it. */
export interface SeenDay {
  leftAt: Instant | null
  leftDevice: string | null
  afterHoursMinutes: number
  afterHoursByDevice: DeviceMinutes[]
}

/** What the device's month view says of the day. */
export async function dayOn(device: Device): Promise<SeenDay | null> {
  const month = await device.month(DATE.slice(0, 7))
  const record = month.days.find((day) => day.date === DATE)?.record
  if (!record) return null
  const { leftAt, leftDevice, afterHoursMinutes, afterHoursByDevice } = record
  return { leftAt, leftDevice, afterHoursMinutes, afterHoursByDevice }
}

/** The record the issue asks for on both machines: left 17:35 on the laptop, 60 after-hours minutes on the desktop. */
export const expectedDay = (laptopId: string, desktopId: string): SeenDay => ({
  leftAt: at('17:35'),
  leftDevice: laptopId,
  afterHoursMinutes: 60,
  afterHoursByDevice: [{ device: desktopId, minutes: 60 }],
})

/**
 * The laptop works the day, gets its heads-up and end prompt, completes the ritual at 17:35 and is
 * locked, then sleeps. The home desktop was woken at nine for a minute and slept all day.
 */
export async function workdayOnTheLaptop({ laptop, desktop }: TwoDevices): Promise<void> {
  await laptop.ask('checkIn', { energy: 4, alignment: 4, note: 'release week' })
  desktop.advanceTo(at('09:05'))
  desktop.power('suspend')
  laptop.advanceTo(at('17:35'))
  await laptop.ask('startRitual')
  await laptop.ask('answerRitualStep', { stepId: 'first-task', answer: 'Review the release notes' })
  await laptop.ask('completeRitual')
  // The lid closes twenty seconds later: under a minute, so no after-hours on the laptop.
  laptop.advanceTo(at('17:35') + 20_000)
  laptop.power('lock-screen')
  laptop.advanceTo(at('17:36'))
  laptop.power('suspend')
  // The desktop slept through it: its wall clock moved on, its timers did not.
  desktop.jumpTo(at('17:36'))
}

/** The home desktop wakes at 20:00, is used for an hour and locked at 21:00; the laptop sleeps on. */
export function eveningOnTheDesktop({ laptop, desktop }: TwoDevices): void {
  laptop.jumpTo(at('20:00'))
  desktop.jumpTo(at('20:00'))
  desktop.power('resume')
  desktop.advanceTo(at('21:00'))
  desktop.power('lock-screen')
  desktop.advanceTo(at('21:05'))
  laptop.jumpTo(at('21:05'))
}

/** The end-of-day prompts a device showed at or after `from`. */
export const promptsSince = (device: Device, from: number) =>
  device.shown.filter((prompt) => prompt.at >= from)

/**
 * The whole day over the engine: the laptop's workday, the desktop learning of the ritual before
 * it wakes, its evening, then both devices showing the day as `expectedDay` says (a failure
 * says what each showed, and `more()` whatever the engine can add).
 */
export async function liveTheDay(
  devices: TwoDevices,
  ids: { laptop: string; desktop: string },
  more: () => string = () => '',
): Promise<SeenDay> {
  const { laptop, desktop } = devices
  await workdayOnTheLaptop(devices)
  await devices.syncUntil('the desktop to see the ritual', async () => {
    return (await desktop.today()).record.leftAt === at('17:35')
  })
  eveningOnTheDesktop(devices)
  const want = expectedDay(ids.laptop, ids.desktop)
  let seen: unknown = null
  await devices
    .syncUntil('both devices to show the whole day', async () => {
      seen = await Promise.all([dayOn(laptop), dayOn(desktop)])
      return JSON.stringify(seen) === JSON.stringify([want, want])
    })
    .catch((error: Error) => {
      const showed = `laptop and desktop showed ${JSON.stringify(seen)}, want ${JSON.stringify(want)}`
      throw new Error(`${error.message}: ${showed}${more()}`, { cause: error })
    })
  return want
}
