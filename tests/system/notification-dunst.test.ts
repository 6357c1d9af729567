// On a real Linux desktop (Xvfb, D-Bus, dunst), the end prompt reaches the notification server, and its absence is never silent.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { instantAt, type PlannedPrompt } from '../../src/core'
import { NodeNotifierNotifications } from '../../src/main/node-notifier-notifications'
import { promptMessageOf } from '../../src/main/prompt-messages'
import { en } from '../../src/shared/messages/en'
import { PromptNotifier } from '../../src/main/prompt-notifier'
import {
  missingDesktopTools,
  startDesktopSession,
  until,
  type DesktopSession,
} from '../support/desktop-session'
import { Notification, resetElectronStandIn } from '../support/electron-stand-in'
import { tempLog } from '../support/temp-log'

const onLinux = process.platform === 'linux'
const missing = onLinux ? missingDesktopTools() : []
const inCi = process.env['CI'] === 'true'
const skipReason = !onLinux
  ? `it needs Linux, this is ${process.platform}`
  : missing.length > 0
    ? `missing ${missing.join(', ')} (apt-get install xvfb dunst libnotify-bin dbus-x11)`
    : null
if (skipReason && !(inCi && onLinux))
  console.warn(`Skipping the dunst notification tests: ${skipReason}`)

const END = instantAt('2026-11-24', 17 * 60 + 30, 'Europe/Berlin')
const endPrompt: PlannedPrompt = { kind: 'end', at: END, forEndAt: END, reminderNumber: 0 }
const ignore = { onOpenRitual: () => undefined, onAction: () => undefined }

test.runIf(inCi && onLinux && missing.length > 0)(
  'CI has the desktop tools .ci/run installs',
  () => void expect(missing).toEqual([]),
)

describe.skipIf(skipReason !== null)(
  'a Linux desktop with dunst as its notification server',
  () => {
    let session: DesktopSession
    const before = {
      DISPLAY: process.env['DISPLAY'],
      DBUS_SESSION_BUS_ADDRESS: process.env['DBUS_SESSION_BUS_ADDRESS'],
    }
    const restore = (name: keyof typeof before, value: string | undefined) => {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }

    beforeAll(async () => {
      const startedAt = performance.now()
      session = await startDesktopSession()
      console.info(
        `Desktop up in ${Math.round(performance.now() - startedAt)} ms:`,
        JSON.stringify(session.env),
      )
      // node-notifier runs notify-send with this process's environment, so point it at the test desktop.
      Object.assign(process.env, session.env)
    })

    afterAll(async () => {
      for (const [name, value] of Object.entries(before))
        restore(name as keyof typeof before, value)
      const stoppingAt = performance.now()
      await session?.stop()
      console.info(`Desktop stopped in ${Math.round(performance.now() - stoppingAt)} ms`)
    })

    afterEach(() => {
      resetElectronStandIn()
      Object.assign(process.env, session.env)
    })

    test('at 17:30 the end prompt reaches the notification server with its title and body', async () => {
      const message = promptMessageOf('end', { endTime: '17:30', minutes: 0 }, en)
      const sentAt = performance.now()
      await expect(new NodeNotifierNotifications().show(message, ignore)).resolves.toEqual({
        delivered: true,
      })
      await until(
        async () => (await session.run('dunstctl', ['count', 'displayed'])).trim() === '1',
        5_000,
      )
      const history = await session.dunstHistory()
      console.info(
        `Read back from dunst in ${Math.round(performance.now() - sentAt)} ms:`,
        JSON.stringify(history),
      )
      expect(history).toEqual([{ appname: 'Sundown', summary: message.title, body: message.body }])
      expect(history[0]?.summary).toBe("It's 17:30 — time to shut down")
    })

    test('with no notification bus at all, the prompt goes to the tray instead of being lost', async () => {
      Notification.supported = false
      process.env['DBUS_SESSION_BUS_ADDRESS'] = `unix:path=${join(tmpdir(), 'sundown-no-such-bus')}`
      const undelivered: PlannedPrompt[] = []
      const log = tempLog()
      const notifier = new PromptNotifier({
        formatTime: () => '17:30',
        messages: () => en,
        now: () => END,
        ...ignore,
        onUndelivered: (prompt) => void undelivered.push(prompt),
        logger: log.logger,
      })
      await expect(notifier.notify(endPrompt)).resolves.toEqual({ delivered: false, via: 'none' })
      expect(undelivered).toEqual([endPrompt])
      console.info('What the app logged:', log.text())
      expect(log.text()).toMatch(/failed in node-notifier: .*notify-send/)
    })
  },
)
