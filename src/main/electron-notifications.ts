/** Shows prompts with Electron's Notification and reports whether the desktop took them. */
import { Notification, type ActivationArguments } from 'electron'
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

/** Where the notifications run, and where a click on a toast from before this run leads (Windows). */
export interface ElectronNotificationsOptions extends Partial<ElectronNotificationTimings> {
  platform?: NodeJS.Platform
  /** Answers a toast shown by an earlier run of Sundown, before this run has shown one. */
  responses?: PromptResponses
}

/** Electron's native notifications: actions as buttons where the platform draws them (macOS, Windows). */
export class ElectronNotifications {
  /** Held so the notification is not garbage-collected while it can still be clicked. */
  private current: Notification | null = null
  /** The prompt last shown, which Windows' activations answer: a toast carries no handler of its own. */
  private latest: { message: PromptMessage; responses: PromptResponses } | null = null
  private readonly timings: ElectronNotificationTimings
  private readonly windows: boolean
  private readonly fallback: PromptResponses | undefined

  constructor(options: ElectronNotificationsOptions = {}) {
    const { platform = process.platform, responses, ...timings } = options
    this.timings = { ...DEFAULT_TIMINGS, ...timings }
    this.windows = platform === 'win32'
    this.fallback = responses
    // A toast clicked in the Action Center emits no 'click' on its instance, kept or not (electron#29461,
    // #49002); Windows' activator reports every activation here, live, collected or from an earlier run.
    if (this.windows) Notification.handleActivation((details) => this.activated(details))
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
    // On Windows the central handler also sees live toasts' clicks: listening here too would answer twice.
    if (!this.windows) {
      notification.on('click', () => responses.onOpenRitual())
      notification.on('action', (details, deprecatedIndex) => {
        const chosen = message.actions[details?.actionIndex ?? deprecatedIndex]
        if (chosen) responses.onAction(chosen.action)
      })
    }
    notification.on('close', () => {
      // A Windows toast that times out closes into the Action Center: kept, so replacing it removes it there.
      if (this.current === notification && !this.windows) this.current = null
    })
    this.current?.close()
    this.current = notification
    this.latest = { message, responses }
    return this.awaitAnswer(notification)
  }

  /** A click or button press on a Windows toast, live, in the Action Center, or from before this run. */
  private activated(details: ActivationArguments): void {
    const latest = this.latest
    const responses = latest?.responses ?? this.fallback
    if (!responses) return
    if (details.type === 'click') return responses.onOpenRitual()
    if (details.type !== 'action') return
    // A button of a toast from an earlier run: its prompt is unknown here, and every answer lives in the ritual.
    if (!latest) return responses.onOpenRitual()
    const chosen = latest.message.actions[details.actionIndex ?? -1]
    if (chosen) responses.onAction(chosen.action)
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
