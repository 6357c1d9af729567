/** Shows prompts with Electron's Notification and reports whether the desktop took them. */
import { Notification } from 'electron'
import type { PromptMessage, PromptResponses } from './prompt-messages'

export { APP_USER_MODEL_ID } from './app-identity'

/** Whether a notification reached the desktop, and why not when it did not. */
export interface NotificationOutcome {
  delivered: boolean
  error?: string
  /** Neither 'show' nor 'failed' came in time: the notification may still appear (a permission prompt). */
  unanswered?: boolean
}

/** How long to wait for the desktop's answer. */
export interface ElectronNotificationTimings {
  /** After 'show', how long a 'failed' may still arrive (Windows reports toast failures late). */
  settleMs: number
  /** How long to wait for 'show' or 'failed' before counting silence as failure. */
  answerWithinMs: number
}

const DEFAULT_TIMINGS: ElectronNotificationTimings = { settleMs: 1_000, answerWithinMs: 4_000 }

/** Electron's native notifications: actions as buttons where the platform draws them (macOS, Windows). */
export class ElectronNotifications {
  /** Held so the notification is not garbage-collected while it can still be clicked. */
  private current: Notification | null = null
  private readonly timings: ElectronNotificationTimings

  constructor(timings: Partial<ElectronNotificationTimings> = {}) {
    this.timings = { ...DEFAULT_TIMINGS, ...timings }
  }

  /** False where Electron cannot show notifications at all, so the caller goes straight to a fallback. */
  isSupported(): boolean {
    return Notification.isSupported()
  }

  /** Shows the message, replacing the previous prompt; resolves once the desktop has answered. */
  show(message: PromptMessage, responses: PromptResponses): Promise<NotificationOutcome> {
    const notification = new Notification({
      title: message.title,
      body: message.body,
      actions: message.actions.map(({ label }) => ({ type: 'button' as const, text: label })),
    })
    notification.on('click', () => responses.onOpenRitual())
    notification.on('action', (details, deprecatedIndex) => {
      const chosen = message.actions[details?.actionIndex ?? deprecatedIndex]
      if (chosen) responses.onAction(chosen.action)
    })
    notification.on('close', () => {
      if (this.current === notification) this.current = null
    })
    this.current?.close()
    this.current = notification
    return this.awaitAnswer(notification)
  }

  private awaitAnswer(notification: Notification): Promise<NotificationOutcome> {
    const { settleMs, answerWithinMs } = this.timings
    return new Promise((resolve) => {
      let settled = false
      const finish = (outcome: NotificationOutcome) => {
        clearTimeout(timer)
        if (settled) return
        settled = true
        // An unanswered notification is kept, so the next prompt replaces it rather than joining it.
        if (!outcome.delivered && !outcome.unanswered && this.current === notification) {
          this.current = null
        }
        resolve(outcome)
      }
      let timer = setTimeout(
        () =>
          finish({
            delivered: false,
            unanswered: true,
            error: `no answer from the desktop in ${answerWithinMs} ms`,
          }),
        answerWithinMs,
      )
      notification.once('show', () => {
        clearTimeout(timer)
        timer = setTimeout(() => finish({ delivered: true }), settleMs)
      })
      notification.once('failed', (_event, error) => finish({ delivered: false, error }))
      try {
        notification.show()
      } catch (error) {
        finish({ delivered: false, error: String(error) })
      }
    })
  }
}
