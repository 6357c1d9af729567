/** Figure 1's day: the whole app (startSundown) through 24 hours on a fake clock, with every timer callback and file write counted. */
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { addDays, instantAt, MINUTE_MS, type DayEvent, type LocalDate } from '../../src/core'
import { APP_NAME } from '../../src/main/app-identity'
import { createElectronLogLogging, logFolderFor } from '../../src/main/electron-log-logging'
import { RENDERER_FILE } from '../../src/main/secure-window'
import { startSundown } from '../../src/main/start-sundown'
import { setupStorage } from '../../src/main/storage'
import { channelOf } from '../../src/shared/ipc-channels'
import {
  app,
  ipcMain,
  powerMonitor,
  resetElectronStandIn,
  restorePlatform,
  setPlatform,
} from './electron-stand-in'
import { FakeClock } from './fake-clock'
import { countDayWork, workBetween, type DayWork } from './day-work-counter'
import { watchWrites } from './file-write-counter'
import { pollingBaselineWakeups } from './polling-baseline'
import { logWakeups, type Wakeup } from './wakeup-log'

const ZONE = 'Europe/Berlin'
/** A Tuesday; Monday before it is a settled day already on disk. */
export const IDLE_DAY: LocalDate = '2026-11-24'
const MONDAY = addDays(IDLE_DAY, -1)
const DAY_MS = 24 * 60 * MINUTE_MS

/** The instant of a Berlin wall-clock time on a date. */
const at = (time: string, date: LocalDate = IDLE_DAY): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return instantAt(date, hours * 60 + minutes, ZONE)
}

/** What 24 hours of the running app cost. */
export interface IdleDay {
  startAt: number
  endAt: number
  wakeups: Wakeup[]
  /** The fake clock's own count of timer callbacks over the day. */
  clockWakeups: number
  /** From the heads-up to the day settling (the ritual completed). */
  promptWindow: { from: number; to: number }
  dayEventWrites: number
  /** Day-file writes by file name (year files, and a journal if the store keeps one). */
  dayWritesByFile: Record<string, number>
  dayEventsAppended: number
  /** The types of the events appended during the day, in order. */
  eventTypes: string[]
  heartbeatWrites: number[]
  otherWrites: number
  /** Minutes the day's verdict was open: the first check-in to the ritual completed. */
  openMinutes: number
  /** What each user action cost the day service: store reads and appends, replays by date. */
  actionWork: { action: string; work: DayWork }[]
  /** The unattended evening (17:42 to 03:59): watchdog ticks, and what they cost together. */
  eveningWork: { ticks: number; work: DayWork }
}

/**
 * Runs the day: Sundown (re)starts at 03:59 after a settled Monday; on Tuesday the user checks
 * in at 09:05 and 13:00, the heads-up and end prompt come at 17:15 and 17:30, the ritual runs
 * 17:36–17:40 and the screen locks at 17:42; then the machine stays on, unattended, until 03:59.
 */
export async function simulateIdleDay(): Promise<IdleDay> {
  resetElectronStandIn()
  const userDataDir = mkdtempSync(join(tmpdir(), 'sundown-bench-idle-'))
  app.userData = userDataDir
  const dataDir = join(userDataDir, 'data')
  seedSettledMonday(dataDir)

  const startAt = at('03:59')
  const clock = new FakeClock(startAt)
  let promptsShown = 0
  const show = async () => (promptsShown++, { delivered: true })
  const wakeups = logWakeups(clock, () => promptsShown)

  const writes = watchWrites(dataDir, clock.now)
  const work = countDayWork(IDLE_DAY)
  startSundown({
    clock,
    zone: () => ZONE,
    platform: 'darwin',
    env: {},
    userDataDir,
    documentsDir: tmpdir(),
    homeDir: userDataDir,
    execPath: '/Applications/Sundown.app/Contents/MacOS/Sundown',
    resourcesDir: resolve('resources'),
    locale: 'en-GB',
    nativeTheme: { shouldUseDarkColors: false, on: () => undefined } as never,
    // A macOS run without a signature goes to node-notifier: both displays take the prompt.
    displays: { electron: { isSupported: () => true, show }, nodeNotifier: { show } },
    logging: createElectronLogLogging({
      folder: logFolderFor('darwin', { homeDir: userDataDir, userDataDir, appName: APP_NAME }),
      appName: APP_NAME,
      echoToConsole: false,
    }),
  })
  if (writes.writes.length === 0) {
    throw new Error(
      'No file write was seen at start-up: load tests/support/file-write-counter.ts first.',
    )
  }
  const startWrites = writes.writes.length
  const eventsAtStart = new Set(storedEvents(dataDir).map((event) => event.id))
  const startWakeups = clock.wakeups

  const url = `${pathToFileURL(RENDERER_FILE).href}?view=popover`
  const actionWork: IdleDay['actionWork'] = []
  const measured = async (action: string, run: () => unknown) => {
    const before = work.now()
    await run()
    actionWork.push({ action, work: workBetween(before, work.now()) })
  }
  const invoke = (name: Parameters<typeof channelOf>[0], payload?: unknown) =>
    measured(name, () => ipcMain.invoke(channelOf(name), url, payload))
  powerMonitor.idleSeconds = 20

  clock.advanceTo(at('09:05'))
  await invoke('checkIn', { energy: 4, alignment: 4, note: 'Release notes, then reviews' })
  clock.advanceTo(at('13:00'))
  await invoke('checkIn', { energy: 3, alignment: 4, note: '' })
  clock.advanceTo(at('17:36'))
  await invoke('startRitual')
  clock.advanceTo(at('17:37'))
  await invoke('answerRitualStep', { stepId: 'open-loops', answer: 'Reply to the vendor' })
  clock.advanceTo(at('17:38'))
  await invoke('answerRitualStep', { stepId: 'first-task', answer: 'Ship the release notes' })
  clock.advanceTo(at('17:40'))
  await invoke('completeRitual')
  clock.advanceTo(at('17:42'))
  // The day runs on macOS, where Electron reports the screen lock; no later test inherits it.
  setPlatform('darwin')
  await measured('lock-screen', () => powerMonitor.emit('lock-screen'))
  restorePlatform()
  const endAt = startAt + DAY_MS
  const [eveningFrom, ticksBefore] = [work.now(), wakeups.length]
  clock.advanceTo(endAt)
  const eveningWork = {
    ticks: wakeups.length - ticksBefore,
    work: workBetween(eveningFrom, work.now()),
  }

  writes.stop()
  work.stop()
  const appended = storedEvents(dataDir)
    .filter((event) => !eventsAtStart.has(event.id))
    .sort((a, b) => a.at - b.at)
  rmSync(userDataDir, { recursive: true, force: true })
  const dayWrites = writes.writes.slice(startWrites)
  // Year files and anything else holding day events (`days-*.json`).
  const isDayFile = (path: string) => basename(path).startsWith('days-')
  const heartbeatWrites = dayWrites
    .filter((write) => basename(write.path) === 'app-state.json')
    .map((write) => write.at)
  const dayFileWrites = dayWrites.filter((write) => isDayFile(write.path))
  const dayWritesByFile: Record<string, number> = {}
  for (const { path } of dayFileWrites) {
    dayWritesByFile[basename(path)] = (dayWritesByFile[basename(path)] ?? 0) + 1
  }
  const dayEventWrites = dayFileWrites.length
  return {
    startAt,
    endAt,
    wakeups,
    clockWakeups: clock.wakeups - startWakeups,
    promptWindow: { from: at('17:15'), to: at('17:40') },
    dayEventWrites,
    dayWritesByFile,
    dayEventsAppended: appended.length,
    eventTypes: appended.map((event) => event.type),
    heartbeatWrites,
    otherWrites: dayWrites.length - dayEventWrites - heartbeatWrites.length,
    openMinutes: (at('17:40') - at('09:05')) / MINUTE_MS,
    actionWork,
    eveningWork,
  }
}

/** A Monday that ended with the ritual, so the restart at 03:59 owes it no prompt. */
function seedSettledMonday(dataDir: string): void {
  const { days } = setupStorage(dirname(dataDir), { now: () => at('17:40', MONDAY) }, console)
  const monday = (time: string) => at(time, MONDAY)
  days.merge([
    {
      date: MONDAY,
      events: [
        { id: 'm1', at: monday('09:02'), type: 'app-started' },
        { id: 'm2', at: monday('09:10'), type: 'check-in', energy: 3, alignment: 3, note: '' },
        {
          id: 'm3',
          at: monday('17:15'),
          type: 'prompt-shown',
          prompt: 'heads-up',
          forEndAt: monday('17:30'),
          delivered: true,
        },
        { id: 'm4', at: monday('17:25'), type: 'ritual-started' },
        { id: 'm5', at: monday('17:29'), type: 'ritual-completed' },
        { id: 'm6', at: monday('17:31'), type: 'away', reason: 'lock' },
      ],
    },
  ])
}

function storedEvents(dataDir: string): DayEvent[] {
  const { days } = setupStorage(dirname(dataDir), { now: Date.now }, console)
  return days.allDays().flatMap((day) => day.events)
}

/** The 1-second polling loop over the same 24 hours and prompts. */
export const idleDayBaselineWakeups = (): number =>
  pollingBaselineWakeups(at('03:59'), [at('17:15'), at('17:30')])
