/** The words of Sundown's prompts: calm and specific, so a prompt informs and never nags. */
import type { PromptKind } from '../core'

/** What the user can answer from a prompt; the same answers live in the tray menu. */
export type PromptAction = 'start-ritual' | 'snooze' | 'stay-late'

/** The labels of the answers on a notification's buttons. */
export const actionLabels: Readonly<Record<PromptAction, string>> = {
  'start-ritual': 'Start ritual',
  snooze: 'Snooze',
  'stay-late': 'Staying late',
}

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

const minutesText = (minutes: number): string => {
  const whole = Math.max(1, Math.round(minutes))
  return whole === 1 ? '1 minute' : `${whole} minutes`
}

const offering = (...actions: PromptAction[]): PromptMessage['actions'] =>
  actions.map((action) => ({ action, label: actionLabels[action] }))

/** The message for each kind of prompt. Plain text only: Linux servers read `&` and `<` as markup. */
export const promptMessages: Readonly<
  Record<PromptKind, (wording: PromptWording) => PromptMessage>
> = {
  'heads-up': ({ endTime, minutes }) => ({
    title: `${minutesText(minutes)} left — start wrapping up`,
    body: `Your day ends at ${endTime}. A good moment to note where things stand.`,
    actions: offering('start-ritual', 'stay-late'),
  }),
  end: ({ endTime }) => ({
    title: `It's ${endTime} — time to shut down`,
    body: 'A two-minute ritual closes the day. Snooze if you need a moment.',
    actions: offering('start-ritual', 'snooze', 'stay-late'),
  }),
  reminder: ({ endTime, minutes }) => ({
    title: `Whenever you're ready — your day ended at ${endTime}`,
    body: `It has been ${minutesText(minutes)}. The ritual takes two minutes, or say you're staying late; either is fine.`,
    actions: offering('start-ritual', 'snooze', 'stay-late'),
  }),
}
