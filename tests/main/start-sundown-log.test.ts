// The log through the real wiring: a day's start-up, prompts and storage problems are on record, and nothing the user wrote is.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { DEFAULT_RITUAL_STEPS, DEFAULT_SETTINGS } from '../../src/core'
import { app, recorded, resetElectronStandIn, Tray } from '../support/electron-stand-in'
import { FakeClock } from '../support/fake-clock'
import {
  berlin,
  invoke,
  launchSundown,
  quitLaunched,
  logFolderOf,
  type ShownPrompt,
} from '../support/launch-sundown'
import { readLog } from '../support/temp-log'

const date = '2026-11-24'
const next = '2026-11-25'
const at = (time: string, day = date) => berlin(day, time)

/** Words only the user wrote, each distinctive enough that finding one anywhere means it leaked. */
const WRITTEN = {
  note: 'kestrel-note-7731',
  stepTitle: 'plover-step-3390',
  answer: 'heron-answer-4402',
  reflection: 'curlew-reflection-9134',
  stayLateNote: 'wren-reason-5520',
  monthReview: 'osprey-review-1187',
}

let clock: FakeClock
let shown: ShownPrompt[]
let userDataDir: string
const log = () => readLog(logFolderOf(userDataDir))

beforeEach(() => {
  resetElectronStandIn()
  userDataDir = app.getPath('userData')
  shown = []
  clock = new FakeClock(at('08:55'))
})

afterEach(() => quitLaunched())

describe('the log of a day', () => {
  test('has the start-up and each prompt with its route, and none of the notes or answers', async () => {
    launchSundown(clock, userDataDir, shown)
    clock.advanceTo(at('09:00'))
    await invoke('checkIn', { energy: 4, alignment: 3, note: WRITTEN.note })
    const [review, ...rest] = DEFAULT_RITUAL_STEPS
    await invoke('saveSettings', {
      ...DEFAULT_SETTINGS,
      ritualSteps: [{ ...review, title: WRITTEN.stepTitle }, ...rest],
    })
    clock.advanceTo(at('17:31'))
    shown.at(-1)?.responses.onAction('snooze')
    clock.advanceTo(at('17:38'))
    await invoke('startRitual')
    await invoke('answerRitualStep', { stepId: 'first-task', answer: WRITTEN.answer })
    await invoke('answerRitualStep', { stepId: 'reflection', answer: WRITTEN.reflection })
    await invoke('completeRitual')
    clock.jumpTo(at('09:00', next))
    await invoke('stayLate', { until: '19:00', reason: 'deadline', note: WRITTEN.stayLateNote })
    await invoke('saveMonthReview', { month: '2026-11', answer: WRITTEN.monthReview })
    app.emit('before-quit')

    // The words did reach Sundown's own files, so their absence from the log means something.
    const data = join(userDataDir, 'data')
    const stored = readdirSync(data)
      .map((name) => readFileSync(join(data, name), 'utf8'))
      .join('\n')
    for (const words of Object.values(WRITTEN)) expect(stored).toContain(words)

    const text = log()
    expect(text).toMatch(
      /\[info\] {2}Sundown 0\.0\.0-test starting on linux .+; Electron .+, Node \d+\.\d+\.\d+; locale en-GB\n/,
    )
    expect(text).toContain(
      '[info]  The heads-up prompt for 17:30 was shown by Electron Notification.',
    )
    expect(text).toContain('[info]  The end prompt for 17:30 was shown by Electron Notification.')
    expect(text).toContain('[info]  Sundown is quitting.')
    for (const words of Object.values(WRITTEN)) expect(text).not.toContain(words)
  })
})

describe('storage problems', () => {
  test('a damaged settings file moved aside is on record, without its content', () => {
    const data = join(userDataDir, 'data')
    mkdirSync(data, { recursive: true })
    writeFileSync(join(data, 'settings.json'), `{"note": "${WRITTEN.note}", oops`)
    launchSundown(clock, userDataDir, shown)
    expect(log()).toMatch(
      /\[warn\] {2}A damaged data file was moved aside, not deleted: .+settings\.damaged-2026-11-24T07-55-00-000Z\.json\n/,
    )
    expect(log()).not.toContain(WRITTEN.note)
  })

  test('a write that fails is on record with the system’s reason, and the check-in it carried is not', async () => {
    launchSundown(clock, userDataDir, shown)
    // A folder where the journal file was: the next write cannot replace it.
    const journal = join(userDataDir, 'data', 'days-journal.json')
    rmSync(journal)
    mkdirSync(join(journal, 'in-the-way'), { recursive: true })
    // The window is told it failed (a result, not a crash); the reason is for the log.
    expect(await invoke('checkIn', { energy: 2, alignment: 2, note: WRITTEN.note })).toEqual({
      ok: false,
      problem: { code: 'failed' },
    })
    expect(log()).toMatch(/\[error\] The checkIn command failed\n/)
    expect(log()).toMatch(
      /\[error\] Could not write the day events \(append\) in .+\nError \[E[A-Z]+\]: .+\n {4}at /,
    )
    expect(log()).not.toContain(WRITTEN.note)
    // Out of the way again, so quitting can record the user as away.
    rmSync(journal, { recursive: true })
  })
})

describe('the tray', () => {
  test('"Open log folder" opens the folder the log is written in', () => {
    launchSundown(clock, userDataDir, shown)
    const menu = Tray.all[0]?.contextMenu
    menu?.item('Open log folder')?.click?.()
    expect(recorded.openedPaths).toEqual([logFolderOf(userDataDir)])
    expect(readdirSync(logFolderOf(userDataDir))).toContain('main.log')
  })
})
