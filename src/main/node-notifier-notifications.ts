/** Shows prompts through node-notifier: notify-send on Linux, terminal-notifier on macOS, SnoreToast on Windows. */
import nodeNotifier from 'node-notifier'
import { APP_NAME } from './app-identity'
import type { PromptMessage, PromptResponses } from './prompt-messages'

/** What this adapter hands to node-notifier; extra keys are read by one platform's tool and ignored by the rest. */
export interface NodeNotification {
  title: string
  message: string
  wait: boolean
  timeout: number
  icon?: string
  'app-name'?: string
}

/** The callback node-notifier calls once the tool exits (SnoreToast may call it twice). */
export type NodeNotifierCallback = (
  error: Error | string | null,
  response?: string,
  metadata?: { activationType?: string },
) => void

/** The one method of node-notifier this adapter uses, so a test can hand in its own notifier. */
export interface Notifier {
  notify(notification: NodeNotification, callback: NodeNotifierCallback): unknown
}

/** Platform details; defaults suit the running machine. */
export interface NodeNotifierSettings {
  platform: NodeJS.Platform
  /** How long the notification stays up; macOS and Windows report a click only within it. */
  timeoutSeconds: number
  iconPath?: string
}

/** node-notifier's prompts: a click opens the ritual where the tool reports clicks (macOS, Windows). */
export class NodeNotifierNotifications {
  private readonly settings: NodeNotifierSettings

  constructor(
    private readonly notifier: Notifier = nodeNotifier,
    settings: Partial<NodeNotifierSettings> = {},
  ) {
    this.settings = { platform: process.platform, timeoutSeconds: 20, ...settings }
  }

  /** Shows the message; resolves when the tool reports back, delivered unless it reported an error. */
  show(
    message: PromptMessage,
    responses: PromptResponses,
  ): Promise<{ delivered: boolean; error?: string }> {
    const { platform, timeoutSeconds, iconPath } = this.settings
    const notification: NodeNotification = {
      title: message.title,
      message: message.body,
      wait: true,
      timeout: timeoutSeconds,
      ...(iconPath ? { icon: iconPath } : {}),
      ...(platform === 'linux' ? { 'app-name': APP_NAME } : {}),
    }
    return new Promise((resolve) => {
      let settled = false
      try {
        this.notifier.notify(notification, (error, response) => {
          if (settled) return
          settled = true
          if (error) {
            resolve({ delivered: false, error: String(error).trim() })
            return
          }
          resolve({ delivered: true })
          if (response === 'activate') responses.onOpenRitual()
        })
      } catch (error) {
        settled = true
        resolve({ delivered: false, error: String(error) })
      }
    })
  }
}
