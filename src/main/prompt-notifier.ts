/** Gets a prompt in front of the user: Electron's notification, else node-notifier, else the tray; never silently lost. */
import type { PlannedPrompt } from '../core'
import { ElectronNotifications } from './electron-notifications'
import type { Logger } from './logger'
import { NodeNotifierNotifications } from './node-notifier-notifications'
import {
  firstNotificationRoute,
  routeAfterElectron,
  type ElectronAnswer,
  type NotificationBuild,
} from './notification-route'
import type { Messages } from '../shared/messages'
import {
  promptMessageOf,
  type PromptAction,
  type PromptMessage,
  type PromptResponses,
} from './prompt-messages'

/** How a prompt reached the user; `none` means the tray is showing it instead. */
export interface PromptDelivery {
  delivered: boolean
  via: 'electron' | 'node-notifier' | 'none'
}

/** One way of showing a prompt, resolving whether the desktop took it. */
export interface PromptDisplay {
  show(
    message: PromptMessage,
    responses: PromptResponses,
  ): Promise<{ delivered: boolean; error?: string; unanswered?: boolean }>
}

/** What the notifier needs from the app; the displays default to the real adapters. */
export interface PromptNotifierOptions {
  /** The end instant as the user's clock shows it, in the zone of that day. */
  formatTime(instant: number): string
  /** The words in the user's language as it is now: read for every prompt. */
  messages(): Pick<Messages, 'main'>
  now?(): number
  onOpenRitual(): void
  onAction(action: PromptAction): void
  /** Called when no notification could be shown, so the tray can show the prompt instead. */
  onUndelivered(prompt: PlannedPrompt): void
  electron?: PromptDisplay & { isSupported(): boolean }
  nodeNotifier?: PromptDisplay
  /** Where each prompt's route is written: which display showed it, or why each one could not. */
  logger: Logger
  /** Platform, packaged and signed: which display goes first. Absent: Electron's, as on a signed, installed app. */
  build?: NotificationBuild
}

const MINUTE_MS = 60_000

/** The routes by the names a bug report would use. */
const ROUTE_NAMES = { electron: 'Electron Notification', 'node-notifier': 'node-notifier' } as const

/** Shows planned prompts through the first display that works. */
export class PromptNotifier {
  private readonly electron: PromptDisplay & { isSupported(): boolean }
  private readonly nodeNotifier: PromptDisplay
  private readonly now: () => number
  private readonly build: NotificationBuild

  constructor(private readonly options: PromptNotifierOptions) {
    // A toast left from an earlier run (Windows' Action Center) still leads to the ritual.
    this.electron =
      options.electron ??
      new ElectronNotifications({
        responses: {
          onOpenRitual: () => options.onOpenRitual(),
          onAction: (action) => options.onAction(action),
        },
      })
    this.nodeNotifier = options.nodeNotifier ?? new NodeNotifierNotifications()
    this.now = options.now ?? Date.now
    this.build = options.build ?? { platform: process.platform, packaged: true, signed: true }
  }

  /** Shows the prompt; resolves how it was delivered, having handed it to the tray if nothing worked. */
  async notify(prompt: PlannedPrompt): Promise<PromptDelivery> {
    const message = this.messageFor(prompt)
    const responses: PromptResponses = {
      onOpenRitual: () => this.options.onOpenRitual(),
      onAction: (action) => this.options.onAction(action),
    }
    const { logger } = this.options
    const what = `The ${prompt.kind} prompt for ${this.options.formatTime(prompt.forEndAt)}`
    const shown = (via: keyof typeof ROUTE_NAMES): PromptDelivery => {
      logger.info(`${what} was shown by ${ROUTE_NAMES[via]}.`)
      return { delivered: true, via }
    }
    const first = firstNotificationRoute(this.build, this.electron.isSupported())
    let next: ReturnType<typeof routeAfterElectron> = 'node-notifier'
    if (first.via === 'electron') {
      const answer = await attempt(this.electron, message, responses)
      next = routeAfterElectron(answer.kind)
      if (next === 'done') return shown('electron')
      logger.warn(`${what} failed in ${ROUTE_NAMES.electron}: ${answer.error}`)
    } else {
      logger.info(`${what} skipped ${ROUTE_NAMES.electron}: ${first.reason}`)
    }
    if (next === 'node-notifier') {
      const answer = await attempt(this.nodeNotifier, message, responses)
      if (answer.kind === 'shown') return shown('node-notifier')
      logger.warn(`${what} failed in ${ROUTE_NAMES['node-notifier']}: ${answer.error}`)
    }
    logger.warn(`${what} could not be shown as a notification; the tray shows it instead.`)
    this.options.onUndelivered(prompt)
    return { delivered: false, via: 'none' }
  }

  private messageFor(prompt: PlannedPrompt): PromptMessage {
    const minutes = Math.round(Math.abs(prompt.forEndAt - this.now()) / MINUTE_MS)
    return promptMessageOf(
      prompt.kind,
      { endTime: this.options.formatTime(prompt.forEndAt), minutes },
      this.options.messages(),
    )
  }
}

/** How the display answered, and why not when it did not show the message; a throw counts as failed. */
async function attempt(
  display: PromptDisplay,
  message: PromptMessage,
  responses: PromptResponses,
): Promise<{ kind: ElectronAnswer; error: string }> {
  try {
    const outcome = await display.show(message, responses)
    if (outcome.delivered) return { kind: 'shown', error: '' }
    const kind = outcome.unanswered ? 'unanswered' : 'failed'
    return { kind, error: outcome.error ?? 'not delivered' }
  } catch (error) {
    return { kind: 'failed', error: String(error) }
  }
}
