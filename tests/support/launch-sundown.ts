// Launches the real composition root against the electron stand-in, a fake clock and a recording notification display.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { instantAt } from '../../src/core'
import type { PromptMessage, PromptResponses } from '../../src/main/prompt-messages'
import { RENDERER_FILE } from '../../src/main/secure-window'
import { startSundown } from '../../src/main/start-sundown'
import { channelOf } from '../../src/shared/ipc-channels'
import { ipcMain } from './electron-stand-in'
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

/** Starts Sundown with its data in `userDataDir`; shown prompts are pushed to `shown`. */
export function launchSundown(
  clock: FakeClock,
  userDataDir: string,
  shown: ShownPrompt[],
  zone: () => string = () => ZONE,
) {
  return startSundown({
    clock,
    zone,
    platform: 'linux',
    env: {},
    userDataDir,
    documentsDir: tmpdir(),
    homeDir: mkdtempSync(join(tmpdir(), 'sundown-home-')),
    execPath: '/usr/bin/sundown',
    resourcesDir: resolve('resources'),
    locale: 'en-GB',
    nativeTheme: { shouldUseDarkColors: false, on: () => undefined } as never,
    displays: {
      electron: {
        isSupported: () => true,
        show: async (message, responses) => {
          shown.push({ at: clock.now(), message, responses })
          return { delivered: true }
        },
      },
    },
  })
}

const OWN_URL = `${pathToFileURL(RENDERER_FILE).href}?view=popover`

/** Calls a command the way the popover's preload would. */
export const invoke = (name: Parameters<typeof channelOf>[0], payload?: unknown) =>
  ipcMain.invoke(channelOf(name), OWN_URL, payload)
