// The user's end-of-day prompt always reaches them: Electron's notification, else node-notifier, else the tray.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { instantAt, type PlannedPrompt } from '../../src/core'
import { ElectronNotifications } from '../../src/main/electron-notifications'
import { NodeNotifierNotifications } from '../../src/main/node-notifier-notifications'
import type { NotificationBuild } from '../../src/main/notification-route'
import type { PromptAction } from '../../src/main/prompt-messages'
import { PromptNotifier } from '../../src/main/prompt-notifier'
import {
  Notification,
  recorded,
  resetElectronStandIn,
  setPlatform,
} from '../support/electron-stand-in'
import { failsWith, RecordingNotifier, shows, type ToolAnswer } from '../support/recording-notifier'
import { tempLog } from '../support/temp-log'
import { en } from '../../src/shared/messages/en'

const zone = 'Europe/Berlin'
const END = instantAt('2026-11-24', 17 * 60 + 30, zone)
const endPrompt: PlannedPrompt = { kind: 'end', at: END, forEndAt: END, reminderNumber: 0 }
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hour: '2-digit',
  minute: '2-digit',
})

/** A notifier wired like the app: the user's answers and undelivered prompts are recorded here. */
function setUp(
  tool: (notification: unknown) => ToolAnswer[] = shows,
  now = END,
  build?: NotificationBuild,
) {
  const opened: string[] = []
  const actions: PromptAction[] = []
  const undelivered: PlannedPrompt[] = []
  const log = tempLog()
  const nodeNotifier = new RecordingNotifier(tool)
  const notifier = new PromptNotifier({
    formatTime: (instant) => clock.format(instant),
    messages: () => en,
    now: () => now,
    onOpenRitual: () => void opened.push('ritual'),
    onAction: (action) => void actions.push(action),
    onUndelivered: (prompt) => void undelivered.push(prompt),
    electron: new ElectronNotifications({ settleMs: 5, answerWithinMs: 50 }),
    nodeNotifier: new NodeNotifierNotifications(nodeNotifier, { platform: 'linux' }),
    logger: log.logger,
    build,
  })
  return { notifier, nodeNotifier, opened, actions, undelivered, log }
}

beforeEach(resetElectronStandIn)
afterEach(() => {
  vi.restoreAllMocks()
  // The platform a test set must not outlive it.
  resetElectronStandIn()
})

describe('where Electron can show notifications', () => {
  it('shows the end prompt natively, with its words and buttons, and nothing else', async () => {
    const { notifier, nodeNotifier, undelivered } = setUp()
    await expect(notifier.notify(endPrompt)).resolves.toEqual({ delivered: true, via: 'electron' })
    expect(recorded.notifications).toHaveLength(1)
    const [shown] = recorded.notifications
    expect(shown?.options.title).toBe("It's 17:30 — time to shut down")
    expect(shown?.options.actions?.map((action) => action.text)).toEqual([
      'Start ritual',
      'Snooze',
      'Staying late',
    ])
    expect(nodeNotifier.sent).toEqual([])
    expect(undelivered).toEqual([])
  })

  it('opens the ritual when the user clicks the notification', async () => {
    const { notifier, opened, actions } = setUp()
    await notifier.notify(endPrompt)
    recorded.notifications[0]?.emit('click', {})
    expect(opened).toEqual(['ritual'])
    expect(actions).toEqual([])
  })

  it('hands each button to the app as the answer it names', async () => {
    const { notifier, actions } = setUp()
    await notifier.notify(endPrompt)
    const shown = recorded.notifications[0]
    for (const actionIndex of [2, 0, 1]) shown?.emit('action', { actionIndex }, actionIndex)
    expect(actions).toEqual(['stay-late', 'start-ritual', 'snooze'])
  })
})

describe('where Electron cannot show it, node-notifier does', () => {
  it('goes straight to node-notifier when Notification.isSupported() is false', async () => {
    Notification.supported = false
    const { notifier, nodeNotifier } = setUp()
    await expect(notifier.notify(endPrompt)).resolves.toEqual({
      delivered: true,
      via: 'node-notifier',
    })
    expect(recorded.notifications).toEqual([])
    expect(nodeNotifier.sent).toMatchObject([
      {
        title: "It's 17:30 — time to shut down",
        message: 'A two-minute ritual closes the day. Snooze if you need a moment.',
      },
    ])
  })

  it('falls back when Electron reports the notification failed (an unsigned macOS build)', async () => {
    setPlatform('darwin')
    Notification.failure = 'Notifications are not allowed for this app'
    const { notifier, nodeNotifier, undelivered } = setUp()
    await expect(notifier.notify(endPrompt)).resolves.toEqual({
      delivered: true,
      via: 'node-notifier',
    })
    expect(nodeNotifier.sent).toHaveLength(1)
    expect(undelivered).toEqual([])
  })

  it('opens the ritual when the user clicks the fallback notification', async () => {
    Notification.supported = false
    const { notifier, opened } = setUp(() => [[null, 'activate']])
    await notifier.notify(endPrompt)
    expect(opened).toEqual(['ritual'])
  })
})

describe('the log says which route each prompt took', () => {
  it('names Electron Notification when it showed the prompt', async () => {
    const { notifier, log } = setUp()
    await notifier.notify(endPrompt)
    expect(log.text()).toMatch(
      /\] \[info\] {2}The end prompt for 17:30 was shown by Electron Notification\.\n$/,
    )
  })

  it('names why Electron failed and that node-notifier showed it instead', async () => {
    // 'failed' is a macOS and Windows event.
    setPlatform('win32')
    const { notifier, log } = setUp()
    Notification.failure = 'Notifications are not allowed for this app'
    await notifier.notify(endPrompt)
    const lines = log.text().trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toContain(
      '[warn]  The end prompt for 17:30 failed in Electron Notification: Notifications are not allowed for this app',
    )
    expect(lines[1]).toContain('[info]  The end prompt for 17:30 was shown by node-notifier.')
  })
})

describe('on macOS, where Electron needs a signed app (Electron ≥ 42)', () => {
  beforeEach(() => setPlatform('darwin'))
  const macOS = (packaged: boolean, signed: boolean): NotificationBuild => ({
    platform: 'darwin',
    packaged,
    signed,
  })

  it('a development run goes straight to node-notifier, never trying Electron', async () => {
    const { notifier, nodeNotifier } = setUp(shows, END, macOS(false, false))
    await expect(notifier.notify(endPrompt)).resolves.toEqual({
      delivered: true,
      via: 'node-notifier',
    })
    expect(recorded.notifications).toEqual([])
    expect(nodeNotifier.sent).toHaveLength(1)
  })

  it('so does an installed build without a signature', async () => {
    const { notifier, nodeNotifier } = setUp(shows, END, macOS(true, false))
    await expect(notifier.notify(endPrompt)).resolves.toMatchObject({ via: 'node-notifier' })
    expect(recorded.notifications).toEqual([])
    expect(nodeNotifier.sent).toHaveLength(1)
  })

  it('a signed build shows it natively, and falls back only when Electron says failed', async () => {
    const { notifier, nodeNotifier } = setUp(shows, END, macOS(true, true))
    await expect(notifier.notify(endPrompt)).resolves.toEqual({ delivered: true, via: 'electron' })
    expect(nodeNotifier.sent).toEqual([])
    Notification.failure = 'Notifications are not allowed for this application'
    const refused = notifier.notify(endPrompt)
    await expect(refused).resolves.toEqual({ delivered: true, via: 'node-notifier' })
  })

  it('while macOS still asks for permission, no second notification races it: the tray shows the prompt', async () => {
    // The first notification of a signed app waits on the permission prompt: no 'show', no 'failed'.
    vi.spyOn(Notification.prototype, 'show').mockImplementation(function (this: Notification) {
      recorded.notifications.push(this)
    })
    const { notifier, nodeNotifier, undelivered } = setUp(shows, END, macOS(true, true))
    await expect(notifier.notify(endPrompt)).resolves.toEqual({ delivered: false, via: 'none' })
    expect(nodeNotifier.sent).toEqual([])
    expect(undelivered).toEqual([endPrompt])
    // The user allows notifications: the one notification appears, and is still the only one.
    recorded.notifications[0]?.emit('show')
    expect(recorded.notifications).toHaveLength(1)
    expect(nodeNotifier.sent).toEqual([])
  })

  it('a later prompt replaces the one still waiting for permission rather than joining it', async () => {
    vi.spyOn(Notification.prototype, 'show').mockImplementation(function (this: Notification) {
      recorded.notifications.push(this)
    })
    const { notifier } = setUp(shows, END, macOS(true, true))
    await notifier.notify(endPrompt)
    const closed: number[] = []
    recorded.notifications[0]?.on('close', () => void closed.push(0))
    await notifier.notify({ ...endPrompt, kind: 'reminder', at: END + 10 * 60_000 })
    expect(closed).toEqual([0])
  })
})

describe('where no notification can be shown', () => {
  it('hands the prompt to the tray, says why in the log, and reports it undelivered', async () => {
    Notification.supported = false
    const { notifier, undelivered, log } = setUp(
      failsWith('GDBus.Error: The name org.freedesktop.Notifications was not provided'),
    )
    await expect(notifier.notify(endPrompt)).resolves.toEqual({ delivered: false, via: 'none' })
    expect(undelivered).toEqual([endPrompt])
    expect(log.text()).toContain(
      '[warn]  The end prompt for 17:30 failed in node-notifier: Error: GDBus.Error: The name org.freedesktop.Notifications was not provided',
    )
    expect(log.text()).toContain(
      '[warn]  The end prompt for 17:30 could not be shown as a notification; the tray shows it instead.',
    )
  })

  it('does so too when Electron fails and node-notifier throws', async () => {
    const { notifier, undelivered, nodeNotifier } = setUp()
    vi.spyOn(nodeNotifier, 'notify').mockImplementation(() => {
      throw new Error('spawn notify-send ENOENT')
    })
    setPlatform('win32')
    Notification.failure = 'toast failed'
    await expect(notifier.notify(endPrompt)).resolves.toEqual({ delivered: false, via: 'none' })
    expect(undelivered).toEqual([endPrompt])
  })
})

describe('the words fit the moment the prompt is shown', () => {
  it('counts the heads-up minutes up to the end', async () => {
    const headsUp: PlannedPrompt = { ...endPrompt, kind: 'heads-up', at: END - 15 * 60_000 }
    await setUp(shows, END - 15 * 60_000).notifier.notify(headsUp)
    expect(recorded.notifications[0]?.options.title).toBe('15 minutes left — start wrapping up')
  })

  it("counts a reminder's minutes past the end, even when it comes late", async () => {
    const reminder: PlannedPrompt = { ...endPrompt, kind: 'reminder', at: END + 10 * 60_000 }
    await setUp(shows, END + 20 * 60_000).notifier.notify(reminder)
    expect(recorded.notifications[0]?.options.body).toMatch(/^It has been 20 minutes\./)
  })
})
