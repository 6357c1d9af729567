// node-notifier's prompt: the tool gets the prompt's words, its error means undelivered, and a click opens the ritual.
import { describe, expect, it } from 'vitest'
import { NodeNotifierNotifications } from '../../src/main/node-notifier-notifications'
import { promptMessageOf, type PromptAction } from '../../src/main/prompt-messages'
import { en } from '../../src/shared/messages/en'
import { failsWith, RecordingNotifier, shows, type ToolAnswer } from '../support/recording-notifier'

const end = promptMessageOf('end', { endTime: '17:30', minutes: 0 }, en)

function setUp(answers: () => ToolAnswer[], platform: NodeJS.Platform = 'linux') {
  const opened: string[] = []
  const actions: PromptAction[] = []
  const notifier = new RecordingNotifier(answers)
  const notifications = new NodeNotifierNotifications(notifier, { platform, timeoutSeconds: 20 })
  const responses = {
    onOpenRitual: () => void opened.push('ritual'),
    onAction: (action: PromptAction) => void actions.push(action),
  }
  return { notifier, notifications, responses, opened, actions }
}

describe('on Linux (notify-send)', () => {
  it('sends the title and body as Sundown, and is delivered when the tool succeeds', async () => {
    const { notifier, notifications, responses } = setUp(shows)
    await expect(notifications.show(end, responses)).resolves.toEqual({ delivered: true })
    expect(notifier.sent).toEqual([
      {
        title: "It's 17:30 — time to shut down",
        message: 'A two-minute ritual closes the day. Snooze if you need a moment.',
        wait: true,
        timeout: 20,
        'app-name': 'Sundown',
      },
    ])
  })

  it('is undelivered, with the tool’s own words, when no notification server answers', async () => {
    const { notifications, responses } = setUp(
      failsWith(
        'Command failed: notify-send … GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown',
      ),
    )
    await expect(notifications.show(end, responses)).resolves.toEqual({
      delivered: false,
      error:
        'Error: Command failed: notify-send … GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown',
    })
  })
})

describe('on macOS and Windows (terminal-notifier, SnoreToast)', () => {
  it('leaves out the notify-send-only app name', async () => {
    const { notifier, notifications, responses } = setUp(shows, 'darwin')
    await notifications.show(end, responses)
    expect(notifier.sent[0]).not.toHaveProperty('app-name')
  })

  it('opens the ritual when the tool reports a click', async () => {
    const { notifications, responses, opened, actions } = setUp(
      () => [[null, 'activate']],
      'darwin',
    )
    await expect(notifications.show(end, responses)).resolves.toEqual({ delivered: true })
    expect(opened).toEqual(['ritual'])
    expect(actions).toEqual([])
  })

  it('does not open the ritual when the notification times out or is dismissed', async () => {
    const { notifications, responses, opened } = setUp(() => [[null, 'timeout']], 'darwin')
    await notifications.show(end, responses)
    expect(opened).toEqual([])
  })

  it('takes SnoreToast’s first answer when it calls back twice (a failure, then success)', async () => {
    const { notifications, responses } = setUp(
      () => [
        [new Error('toast failed'), 'failed'],
        [null, 'failed'],
      ],
      'win32',
    )
    await expect(notifications.show(end, responses)).resolves.toEqual({
      delivered: false,
      error: 'Error: toast failed',
    })
  })
})
