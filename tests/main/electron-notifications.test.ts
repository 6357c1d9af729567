// Electron's notification: the user's click and buttons reach the app, and a failing desktop is reported, not hidden.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ElectronNotifications } from '../../src/main/electron-notifications'
import { promptMessageOf, type PromptAction } from '../../src/main/prompt-messages'
import { en } from '../../src/shared/messages/en'
import {
  Notification,
  recorded,
  resetElectronStandIn,
  setPlatform,
} from '../support/electron-stand-in'

const end = promptMessageOf('end', { endTime: '17:30', minutes: 0 }, en)
const headsUp = promptMessageOf('heads-up', { endTime: '17:30', minutes: 15 }, en)

function setUp() {
  const opened: string[] = []
  const actions: PromptAction[] = []
  const responses = {
    onOpenRitual: () => void opened.push('ritual'),
    onAction: (action: PromptAction) => void actions.push(action),
  }
  const notifications = new ElectronNotifications({ settleMs: 5, answerWithinMs: 50 })
  return { notifications, responses, opened, actions }
}

beforeEach(resetElectronStandIn)
afterEach(() => {
  vi.restoreAllMocks()
  // The platform a test set must not outlive it.
  resetElectronStandIn()
})

describe('a prompt the desktop shows', () => {
  it('is delivered with its title, body and one button per answer', async () => {
    const { notifications, responses } = setUp()
    await expect(notifications.show(end, responses)).resolves.toEqual({ delivered: true })
    expect(recorded.notifications[0]?.options).toEqual({
      title: "It's 17:30 — time to shut down",
      body: 'A two-minute ritual closes the day. Snooze if you need a moment.',
      actions: [
        { type: 'button', text: 'Start ritual' },
        { type: 'button', text: 'Snooze' },
        { type: 'button', text: 'Staying late' },
      ],
    })
  })

  it('maps buttons by the prompt’s own order: the heads-up has no Snooze', async () => {
    const { notifications, responses, actions } = setUp()
    await notifications.show(headsUp, responses)
    recorded.notifications[0]?.emit('action', { actionIndex: 1 }, 1)
    recorded.notifications[0]?.emit('action', { actionIndex: 0 }, 0)
    expect(actions).toEqual(['stay-late', 'start-ritual'])
  })

  it('opens the ritual on a click, and ignores a button index it does not know', async () => {
    const { notifications, responses, opened, actions } = setUp()
    await notifications.show(end, responses)
    recorded.notifications[0]?.emit('click', {})
    recorded.notifications[0]?.emit('action', { actionIndex: 7 }, 7)
    expect(opened).toEqual(['ritual'])
    expect(actions).toEqual([])
  })

  it('replaces the previous prompt, so the end prompt does not pile onto the heads-up', async () => {
    const { notifications, responses } = setUp()
    await notifications.show(headsUp, responses)
    const closed = vi.fn()
    recorded.notifications[0]?.on('close', closed)
    await notifications.show(end, responses)
    expect(closed).toHaveBeenCalledOnce()
  })
})

describe('a prompt the desktop refuses', () => {
  it('is reported undelivered with the reason Electron gives', async () => {
    setPlatform('darwin')
    Notification.failure = 'Notifications are not allowed for this app'
    const { notifications, responses } = setUp()
    await expect(notifications.show(end, responses)).resolves.toEqual({
      delivered: false,
      error: 'Notifications are not allowed for this app',
    })
  })

  it('is reported unanswered, not failed, when the desktop never answers (it may still appear)', async () => {
    vi.spyOn(Notification.prototype, 'show').mockImplementation(() => undefined)
    const { notifications, responses } = setUp()
    await expect(notifications.show(end, responses)).resolves.toEqual({
      delivered: false,
      unanswered: true,
      error: 'no answer from the desktop in 50 ms',
    })
  })
})

describe('a Windows toast clicked later, from the Action Center', () => {
  function setUpWindows() {
    const story = setUp()
    const notifications = new ElectronNotifications({
      settleMs: 5,
      answerWithinMs: 50,
      platform: 'win32',
    })
    return { ...story, notifications }
  }

  it('opens the ritual though the toast closed into the Action Center and its object is gone', async () => {
    const { notifications, responses, opened } = setUpWindows()
    await notifications.show(end, responses)
    // The toast times out: Electron emits 'close' and the toast moves to the Action Center.
    recorded.notifications[0]?.emit('close', {})
    // Clicked there after its object was garbage-collected: only Windows' activator hears it.
    Notification.activate({ type: 'click', arguments: '' })
    expect(opened).toEqual(['ritual'])
  })

  it('answers with the button pressed there, by the prompt’s own order', async () => {
    const { notifications, responses, actions } = setUpWindows()
    await notifications.show(end, responses)
    Notification.activate({ type: 'action', arguments: '', actionIndex: 1 })
    expect(actions).toEqual(['snooze'])
  })

  it('answers a click on a toast still on screen once, not twice', async () => {
    const { notifications, responses, opened } = setUpWindows()
    await notifications.show(end, responses)
    Notification.activate({ type: 'click', arguments: '' }, recorded.notifications[0])
    expect(opened).toEqual(['ritual'])
  })

  it('removes the heads-up from the Action Center when the end prompt replaces it', async () => {
    const { notifications, responses } = setUpWindows()
    await notifications.show(headsUp, responses)
    const headsUpToast = recorded.notifications[0]
    if (!headsUpToast) throw new Error('the heads-up was not shown')
    headsUpToast.emit('close', {})
    const close = vi.spyOn(headsUpToast, 'close')
    await notifications.show(end, responses)
    expect(close).toHaveBeenCalledOnce()
  })

  it('opens the ritual for a toast left from before a restart', () => {
    const opened: string[] = []
    new ElectronNotifications({
      platform: 'win32',
      responses: { onOpenRitual: () => void opened.push('ritual'), onAction: () => undefined },
    })
    Notification.activate({ type: 'action', arguments: '', actionIndex: 2 })
    expect(opened).toEqual(['ritual'])
  })
})
