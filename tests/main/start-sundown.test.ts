// Whole days through the real wiring: stand-in Electron, real stores on disk, the real core, and a controllable clock.
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { app, powerMonitor, resetElectronStandIn } from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import {
  berlin,
  invoke,
  launchSundown,
  storedDay,
  quitLaunched,
  type ShownPrompt,
} from '../support/launch-sundown'

const date = '2026-11-24'
const at = (time: string, day = date) => berlin(day, time)

let clock: FakeClock
let shown: ShownPrompt[]
let userDataDir: string

const launch = () => launchSundown(clock, userDataDir, shown)

/** The day as stored on disk, replayed by the core from a fresh read of the files. */
const storedDayNow = () => storedDay(userDataDir, date)

beforeEach(() => {
  resetElectronStandIn()
  userDataDir = app.getPath('userData')
  shown = []
  clock = new FakeClock(at('09:00'))
})

afterEach(() => quitLaunched())

describe('a day with Sundown running', () => {
  test('check in, heads-up, end prompt, snooze, ritual done at 17:41, lid closed at 17:43 → left 17:41, 11 min late', async () => {
    const sundown = launch()
    await invoke('checkIn', { energy: 4, alignment: 3, note: 'deep work morning' })
    clock.advanceTo(at('17:15'))
    expect(shown.map((prompt) => prompt.at)).toEqual([at('17:15')])
    clock.advanceTo(at('17:31'))
    expect(shown.map((prompt) => prompt.at)).toEqual([at('17:15'), at('17:30')])
    shown[1]?.responses.onAction('snooze')
    clock.advanceTo(at('17:38'))
    await invoke('startRitual')
    await invoke('answerRitualStep', { stepId: 'first-task', answer: 'Write the release notes' })
    clock.advanceTo(at('17:41'))
    await invoke('completeRitual')
    clock.advanceTo(at('17:43'))
    powerMonitor.emit('suspend')
    clock.advanceTo(at('20:00'))
    expect(shown).toHaveLength(2)
    const day = storedDayNow()
    expect(day.leftAt).toBe(at('17:41'))
    expect(day.leftSource).toBe('ritual')
    expect(day.onTime).toBe(false)
    expect(day.minutesLate).toBe(11)
    expect(day.checkIns.map((checkIn) => checkIn.note)).toEqual(['deep work morning'])
    expect(day.ritual.answers['first-task']).toBe('Write the release notes')
    expect(sundown.day.today().record.leftAt).toBe(at('17:41'))
  })

  test('suspend at 17:20 and resume the next morning → no prompt while asleep; left 17:20', () => {
    launch()
    clock.advanceTo(at('17:20'))
    expect(shown).toHaveLength(1)
    powerMonitor.emit('suspend')
    clock.jumpTo(at('08:30', '2026-11-25'))
    powerMonitor.emit('resume')
    clock.advanceTo(at('09:00', '2026-11-25'))
    expect(shown.map((prompt) => prompt.at)).toEqual([at('17:15')])
    const day = storedDayNow()
    expect(day.leftAt).toBe(at('17:20'))
    expect(day.leftSource).toBe('suspend')
    expect(day.onTime).toBe(true)
  })

  test('the clock jumps forward two hours → the overdue end prompt once, reminders after it, nothing twice', () => {
    launch()
    clock.advanceTo(at('16:50'))
    clock.jumpTo(at('18:50'))
    clock.advanceTo(at('20:00'))
    // Timers keep their remaining delay across a jump; the next watchdog tick (≤ 5 min) notices.
    expect(shown[0]?.at).toBeGreaterThanOrEqual(at('18:50'))
    expect(shown[0]?.at).toBeLessThanOrEqual(at('18:55'))
    expect(shown).toHaveLength(4)
    const stored = storedDayNow().promptsShown.map((prompt) => prompt.prompt)
    expect(stored).toEqual(['end', 'reminder', 'reminder', 'reminder'])
  })

  test('a restart does not show a prompt again', () => {
    launch()
    clock.advanceTo(at('17:16'))
    quitLaunched()
    launch()
    clock.advanceTo(at('17:29'))
    expect(shown.map((prompt) => prompt.at)).toEqual([at('17:15')])
  })

  test('travelling to London at noon (the OS zone moves: macOS, Linux) moves the end to 17:30 London time', () => {
    let zone = 'Europe/Berlin'
    launchSundown(
      clock,
      userDataDir,
      shown,
      () => 'Europe/Berlin',
      'linux',
      () => zone,
    )
    clock.advanceTo(at('12:00'))
    zone = 'Europe/London'
    clock.advanceTo(at('18:31'))
    const londonEnd = at('18:30')
    expect(shown.map((prompt) => prompt.at)).toEqual([londonEnd - 15 * 60_000, londonEnd])
  })

  test('main keeps Berlin, the popover reports London (Windows: no OS zone to read) → the end and the next prompt move', async () => {
    const sundown = launchSundown(
      clock,
      userDataDir,
      shown,
      () => 'Europe/Berlin',
      'linux',
      () => null,
    )
    clock.advanceTo(at('12:00'))
    expect(sundown.day.today().plan.endAt).toBe(at('17:30'))
    await invoke('reportZone', { zone: 'Europe/London' })
    const londonEnd = at('18:30')
    expect(sundown.day.today().zone).toBe('Europe/London')
    expect(sundown.day.today().plan.endAt).toBe(londonEnd)
    expect(sundown.day.today().nextPrompt?.at).toBe(londonEnd - 15 * 60_000)
    clock.advanceTo(at('18:31'))
    expect(shown.map((prompt) => prompt.at)).toEqual([londonEnd - 15 * 60_000, londonEnd])
  })

  test('a zone the popover cannot name (Etc/Unknown) is refused and changes nothing', async () => {
    const sundown = launchSundown(
      clock,
      userDataDir,
      shown,
      () => 'Europe/Berlin',
      'linux',
      () => null,
    )
    expect(await invoke('reportZone', { zone: 'Etc/Unknown' })).toEqual({
      ok: false,
      problem: { code: 'fields', errors: [{ field: 'zone', problem: { code: 'unknown-zone' } }] },
    })
    expect(sundown.day.today().plan.endAt).toBe(at('17:30'))
  })
})
