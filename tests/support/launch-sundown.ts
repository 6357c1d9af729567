// Launches the real composition root against the electron stand-in, a fake clock and a recording notification display.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DEFAULT_SETTINGS, instantAt, planFor, replayDay } from '../../src/core'
import { APP_NAME } from '../../src/main/app-identity'
import { createElectronLogLogging, logFolderFor } from '../../src/main/electron-log-logging'
import { createJournaledDayEventStore } from '../../src/main/electron-store-day-journal'
import type { PromptMessage, PromptResponses } from '../../src/main/prompt-messages'
import { RENDERER_FILE } from '../../src/main/secure-window'
import { startSundown, type SundownEnvironment } from '../../src/main/start-sundown'
import { channelOf } from '../../src/shared/ipc-channels'
import { app, ipcMain, nativeTheme, setPlatform, type DesktopPlatform } from './electron-stand-in'
import type { FakeClock } from './fake-clock'

/** The zone every launched test day lives in. */
export const ZONE = 'Europe/Berlin'

/** An instant at a Berlin wall time on a date. */
export const berlin = (date: string, time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return instantAt(date, hours * 60 + minutes, ZONE)
}

/** A prompt the desktop was asked to show. */
export interface ShownPrompt {
  at: number
  message: PromptMessage
  responses: PromptResponses
}

/** Where a launched Sundown writes its log: Linux's folder, inside `userDataDir`. */
export const logFolderOf = (userDataDir: string): string =>
  logFolderFor('linux', { homeDir: tmpdir(), userDataDir, appName: APP_NAME })

/** The user's locale as `app.getLocale()` gives it, and what the OS says of their clock (none unless given). */
export type LaunchLocale = Pick<SundownEnvironment, 'locale' | 'osClock'>

/**
 * Starts Sundown with its data and its log in `userDataDir`; shown prompts are pushed to `shown`.
 * `zone` is the zone at launch and, unless `osZone` says otherwise (null: unreadable, as on
 * Windows), the OS's later. The user is British (en-GB) unless `user` says otherwise.
 */
export function launchSundown(
  clock: FakeClock,
  userDataDir: string,
  shown: ShownPrompt[],
  zone: () => string = () => ZONE,
  platform: DesktopPlatform = 'linux',
  osZone: () => string | null = zone,
  user: LaunchLocale = { locale: 'en-GB' },
) {
  const recordShown = async (message: PromptMessage, responses: PromptResponses) => {
    shown.push({ at: clock.now(), message, responses })
    return { delivered: true }
  }
  // The process runs on the desktop it starts on: platform-only events (lock-screen, activate) follow it.
  setPlatform(platform)
  const sundown = startSundown({
    clock,
    zone,
    osZone,
    platform,
    env: {},
    userDataDir,
    documentsDir: tmpdir(),
    homeDir: mkdtempSync(join(tmpdir(), 'sundown-home-')),
    execPath: '/usr/bin/sundown',
    resourcesDir: resolve('resources'),
    ...user,
    nativeTheme: nativeTheme as never,
    logging: createElectronLogLogging({
      folder: logFolderOf(userDataDir),
      appName: APP_NAME,
      echoToConsole: false,
    }),
    // Whichever display the platform's route picks (macOS dev runs go to node-notifier), the desktop shows it.
    displays: {
      electron: { isSupported: () => true, show: recordShown },
      nodeNotifier: { show: recordShown },
    },
  })
  running.add(sundown)
  return sundown
}

const running = new Set<{ dispose(): void }>()

/**
 * Ends every Sundown launched here as a quit would ('before-quit', recorded as leaving), then
 * stops it with `dispose()`: no listener, handler or timer of it is left to reach the next one.
 */
export function quitLaunched(): void {
  app.emit('before-quit')
  for (const sundown of running) sundown.dispose()
  running.clear()
}

const OWN_URL = `${pathToFileURL(RENDERER_FILE).href}?view=popover`

/** Calls a command the way the popover's preload would; the answer is its result, refusals included. */
export const invoke = (name: Parameters<typeof channelOf>[0], payload?: unknown) =>
  ipcMain.invoke(channelOf(name), OWN_URL, payload)

/** The value a command answers; a refusal fails the test, naming its problem. */
export async function ask(name: Parameters<typeof channelOf>[0], payload?: unknown) {
  const result = (await invoke(name, payload)) as
    { ok: true; value: unknown } | { ok: false; problem: unknown }
  if (!result.ok) throw new Error(`${name} was refused: ${JSON.stringify(result.problem)}`)
  return result.value
}

/** A day as stored on disk under `userDataDir`, replayed by the core from a fresh read of the files. */
export function storedDay(userDataDir: string, date: string) {
  const days = createJournaledDayEventStore({
    cwd: join(userDataDir, 'data'),
    onDamaged: () => undefined,
  })
  return replayDay(planFor(DEFAULT_SETTINGS, date, ZONE), days.eventsFor(date), DEFAULT_SETTINGS)
}
