// A stand-in for node-notifier's notifier that records what it was asked to show and answers as a tool would.
import type {
  NodeNotification,
  NodeNotifierCallback,
  Notifier,
} from '../../src/main/node-notifier-notifications'

/** How the pretend tool answers: its error (null when it worked) and its response, e.g. 'activate' for a click. */
export type ToolAnswer = [error: Error | string | null, response?: string]

/** A notifier that records each notification and answers asynchronously, like a child process exiting. */
export class RecordingNotifier implements Notifier {
  readonly sent: NodeNotification[] = []
  constructor(private readonly answers: (notification: NodeNotification) => ToolAnswer[]) {}

  notify(notification: NodeNotification, callback: NodeNotifierCallback): this {
    this.sent.push(notification)
    setImmediate(() => {
      for (const [error, response] of this.answers(notification)) callback(error, response)
    })
    return this
  }
}

/** A tool that shows the notification and reports nothing else (notify-send). */
export const shows = (): ToolAnswer[] => [[null, '']]

/** A tool that fails the way notify-send does with no notification server. */
export const failsWith = (message: string) => (): ToolAnswer[] => [[new Error(message)]]
