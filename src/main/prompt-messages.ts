/** The words of Sundown's prompts: calm and specific, so a prompt informs and never nags. */
import type { PromptKind } from '../core'
import type { Messages } from '../shared/messages'

/** What the user can answer from a prompt; the same answers live in the tray menu. */
export type PromptAction = 'start-ritual' | 'snooze' | 'stay-late'

/** A prompt as the user reads it: a title, a body and the answers it offers, in display order. */
export interface PromptMessage {
  title: string
  body: string
  actions: readonly { action: PromptAction; label: string }[]
}

/** What the user did with a shown prompt. */
export interface PromptResponses {
  /** The user clicked the notification itself. */
  onOpenRitual(): void
  /** The user pressed one of its buttons. */
  onAction(action: PromptAction): void
}

/** The facts a prompt's words need. */
export interface PromptWording {
  /** The day's end as the user's clock shows it, e.g. "17:30". */
  endTime: string
  /** Whole minutes between now and the end: left before it (heads-up), past it (reminder). */
  minutes: number
}

/** The labels of the answers on a notification's buttons, in the language of `m`. */
export function actionLabelsOf(m: Pick<Messages, 'main'>): Readonly<Record<PromptAction, string>> {
  return {
    'start-ritual': m.main.prompts.startRitual,
    snooze: m.main.prompts.snooze,
    'stay-late': m.main.prompts.stayLate,
  }
}

/**
 * The message for a prompt of `kind`, in the language of `m`. Plain text only: Linux
 * notification servers read `&` and `<` as markup.
 */
export function promptMessageOf(
  kind: PromptKind,
  { endTime, minutes }: PromptWording,
  m: Pick<Messages, 'main'>,
): PromptMessage {
  const labels = actionLabelsOf(m)
  const offering = (...actions: PromptAction[]): PromptMessage['actions'] =>
    actions.map((action) => ({ action, label: labels[action] }))
  // Never "0 minutes": a prompt comes at least a minute before or after the end it speaks of.
  const whole = Math.max(1, Math.round(minutes))
  switch (kind) {
    case 'heads-up':
      return {
        title: m.main.prompts.headsUpTitle({ minutes: whole }),
        body: m.main.prompts.headsUpBody({ end: endTime }),
        actions: offering('start-ritual', 'stay-late'),
      }
    case 'end':
      return {
        title: m.main.prompts.endTitle({ end: endTime }),
        body: m.main.prompts.endBody,
        actions: offering('start-ritual', 'snooze', 'stay-late'),
      }
    case 'reminder':
      return {
        title: m.main.prompts.reminderTitle({ end: endTime }),
        body: m.main.prompts.reminderBody({ minutes: whole }),
        actions: offering('start-ritual', 'snooze', 'stay-late'),
      }
  }
}
