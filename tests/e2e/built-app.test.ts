// The built app (out/), not the sources, started in a Node process whose `electron` is the stand-in: it boots, opens its views and lives a day.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main as english } from '../../src/shared/messages/en/main'
import type { IpcResult, TodayState } from '../../src/shared/ipc-contract'
import { COMMAND_NAMES, EVENT_NAMES, channelOf } from '../../src/shared/ipc-channels'
import type { MonthSummary } from '../../src/core'
import { VIEWS, inspectBuiltApp, REPO_ROOT } from '../support/built-app/check-built-app'
import type { BuiltApp } from '../support/built-app/built-app-process'
import { ensureFreshBuild } from '../support/built-app/fresh-build'
import type { BuiltAppSnapshot } from '../support/built-app/protocol'
import { TUESDAY, WEDNESDAY, at } from '../support/scheduled-day'

const tuesday = (time: string) => at(time, TUESDAY)

let app: BuiltApp
let atStart: BuiltAppSnapshot
let problems: string[]

beforeAll(async () => {
  ensureFreshBuild(REPO_ROOT)
  // Windows: a screen lock reaches the app (lock-screen is macOS and Windows only), and an unpacked
  // build shows Electron's own notifications there (macOS sends unsigned builds to node-notifier).
  ;({
    app,
    snapshot: atStart,
    problems,
  } = await inspectBuiltApp({
    appRoot: REPO_ROOT,
    startAt: tuesday('08:55'),
    platform: 'win32',
    zone: 'Europe/Berlin',
  }))
})

afterAll(() => app?.stop())

describe('the built app, started as Electron starts it', () => {
  test('passes every check of the bundle', () => {
    expect(problems).toEqual([])
  })

  test('takes the single-instance lock and puts its icon in the tray', () => {
    expect(atStart.singleInstanceLockRequests).toBe(1)
    expect(atStart.trays).toEqual([
      {
        imagePath: `${REPO_ROOT}/resources/icons/tray-working-light.png`,
        tooltip: expect.any(String),
      },
    ])
  })

  test('opens each view from out/renderer/index.html with the sandboxed CommonJS preload', () => {
    expect(atStart.windows.map((window) => window.url)).toEqual(
      VIEWS.map((view) => `file://${REPO_ROOT}/out/renderer/index.html?view=${view}`),
    )
    for (const window of atStart.windows) {
      expect(window).toMatchObject({
        preload: `${REPO_ROOT}/out/preload/index.cjs`,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      })
    }
    expect(atStart.pages.map((page) => [page.view, page.exposedKeys, page.error])).toEqual(
      VIEWS.map((view) => [view, ['sundown'], null]),
    )
  })

  test('every channel the preload can call has a handler in main, and it listens to every push', () => {
    const [reach] = atStart.preloads
    expect([...(reach?.invokes ?? [])].sort()).toEqual(COMMAND_NAMES.map(channelOf).sort())
    expect(atStart.ipcHandlers).toEqual(expect.arrayContaining(reach?.invokes ?? ['none']))
    expect([...(reach?.listens ?? [])].sort()).toEqual(EVENT_NAMES.map(channelOf).sort())
  })
})

describe('the built app on the other desktops', () => {
  test.each(['linux', 'darwin'] as const)('passes every check on %s too', async (platform) => {
    const other = await inspectBuiltApp({
      appRoot: REPO_ROOT,
      startAt: tuesday('08:55'),
      platform,
      zone: 'Europe/Berlin',
    })
    await other.app.stop()
    expect(other.problems).toEqual([])
  })
})

/** The value of a command the page made; a refusal fails the test with its problem. */
async function valueOf<Value>(answer: Promise<IpcResult<Value>>): Promise<Value> {
  const result = await answer
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`)
  return result.value
}

describe('a Tuesday and the morning after, lived through the preload', () => {
  test('check-in, heads-up, end prompt, ritual, screen lock; the record says left 17:40', async () => {
    await app.advanceTo(tuesday('09:05'))
    // A refusal reaches the page as a result naming the field, and nothing is stored.
    expect(await app.call('popover', 'checkIn', { energy: 7, alignment: 4, note: '' })).toEqual({
      ok: false,
      problem: { code: 'fields', errors: [{ field: 'energy', problem: { code: 'scale' } }] },
    })
    const checkedIn = await valueOf(
      app.call<TodayState>('popover', 'checkIn', {
        energy: 4,
        alignment: 4,
        note: 'Focused morning',
      }),
    )
    expect(checkedIn.record.checkIns).toHaveLength(1)

    await app.advanceTo(tuesday('17:16'))
    await app.advanceTo(tuesday('17:31'))
    const shown = (await app.snapshot()).notifications.map((notification) => notification.title)
    expect(shown).toEqual([
      english.prompts.headsUpTitle({ minutes: 15 }),
      english.prompts.endTitle({ end: '5:30 PM' }),
    ])

    // A click on the end prompt opens the ritual; the user walks through it there.
    await app.clickLastNotification()
    await app.call('ritual', 'startRitual')
    await app.advanceTo(tuesday('17:38'))
    for (const [stepId, answer] of [
      ['review', 'Shipped the export'],
      ['open-loops', 'Reply to Ana'],
      ['first-task', 'Write the release notes'],
      ['reflection', 'A calm day'],
    ]) {
      await app.call('ritual', 'answerRitualStep', { stepId, answer })
    }
    await app.advanceTo(tuesday('17:40'))
    const completed = await valueOf(app.call<TodayState>('ritual', 'completeRitual'))
    expect(completed.record).toMatchObject({
      verdict: 'settled',
      leftAt: tuesday('17:40'),
      leftSource: 'ritual',
    })
    await app.advanceTo(tuesday('17:42'))
    await app.emitPowerMonitor('lock-screen')

    await app.advanceTo(at('08:50', WEDNESDAY))
    await app.emitPowerMonitor('unlock-screen')
    const morning = await valueOf(app.call<TodayState>('popover', 'getToday'))
    expect(morning.record.date).toBe(WEDNESDAY)
    expect(morning.confirmation).toBeNull()
    expect(morning.carriedOver).toEqual({
      firstTask: 'Write the release notes',
      openLoops: 'Reply to Ana',
    })
    await app.clickTrayItem(english.tray.thisMonth)
    const month = await valueOf(app.call<MonthSummary>('month', 'getMonth', { month: '2026-11' }))
    // Ten minutes past 17:30 is within the default grace: on time.
    expect(month.days.find((day) => day.date === TUESDAY)).toMatchObject({
      status: 'on-time',
      record: { leftAt: tuesday('17:40'), leftSource: 'ritual', minutesLate: 10, onTime: true },
    })

    const atEnd = await app.snapshot()
    // The completed ritual stopped the reminders: nothing was shown after the end prompt.
    expect(atEnd.notifications).toHaveLength(2)
    // Written by the real electron-store, under the stand-in's userData in the temporary home.
    expect(atEnd.userDataDir.startsWith(app.homeDir)).toBe(true)
    const data = join(atEnd.userDataDir, 'data')
    expect(readdirSync(data)).toEqual(
      expect.arrayContaining(['app-state.json', 'days-journal.json']),
    )
    const stored = readdirSync(data)
      .filter((file) => file.startsWith('days-'))
      .map((file) => readFileSync(join(data, file), 'utf8'))
      .join('\n')
    expect(stored).toContain('Write the release notes')
    expect(stored).toMatch(/"type": "away",\s+"reason": "lock"/)
    expect(atEnd.errors).toEqual([])
    expect(atEnd.warnings).toEqual([])
    // main's pushes reached the pages through webContents.send and the preload's listener.
    expect(atEnd.pages.find((page) => page.view === 'popover')?.pushes.length).toBeGreaterThan(0)
  })
})
