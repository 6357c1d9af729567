/** Prompts: the scheduler decides when, the notifier shows them, and each shown prompt is remembered as an event. */
import type { Wake } from '../core'
import type { Localization } from '../shared/messages'
import type { Clock } from './clock'
import type { DayService } from './day-service'
import type { Logger } from './logger'
import type { NotificationBuild } from './notification-route'
import type { PromptAction } from './prompt-messages'
import { PromptNotifier, type PromptDisplay } from './prompt-notifier'
import { clockTime } from '../shared/format/clock-format'
import { createPromptScheduler, type PromptScheduler } from './prompt-scheduler'
import type { UndeliveredPrompt } from './undelivered-prompt'

/** What the user did with a notification: clicked it (open the ritual) or picked one of its actions. */
export type PromptResponse = PromptAction | 'open-ritual'

/** What the prompts reach: the day, the clock, and the words they are written in. */
export interface PromptWiring {
  clock: Clock
  day: DayService
  /** The language prompts are worded in, as it is now. */
  localization: () => Pick<Localization, 'locale' | 'messages'>
  /** Set when no display took a prompt; the tray then says so. */
  undelivered: UndeliveredPrompt
  /** Where each prompt's route is written. */
  logger: Logger
  /** Periodic work riding on the scheduler's ticks, and when those ticks must come every minute. */
  ticks?: { onTick?: () => void; watchClosely?: () => boolean }
  /** Every plan's answer, for what follows the prompts (keeping timers on time while one nears). */
  onPlanned?: (wake: Wake, now: number) => void
  /** Injected displays for tests; the real Electron and node-notifier ones otherwise. */
  displays?: { electron?: PromptDisplay & { isSupported(): boolean }; nodeNotifier?: PromptDisplay }
  /** How this copy runs (platform, packaged, signed): which notification display goes first. */
  notificationBuild?: NotificationBuild
}

/** The running prompts. */
export interface Prompts {
  scheduler: PromptScheduler
  /** Tells `listener` what the user does with a notification; returns the way to stop. */
  onResponse(listener: (response: PromptResponse) => void): () => void
}

/** Starts the prompt scheduler; each due prompt is recorded before it is shown, so none fires twice. */
export function setupPrompts(wiring: PromptWiring): Prompts {
  const { clock, day } = wiring
  const listeners = new Set<(response: PromptResponse) => void>()
  const respond = (response: PromptResponse) => listeners.forEach((listener) => listener(response))
  const notifier = new PromptNotifier({
    // Today's state carries the user's locale and hour cycle: the tray and the windows write with it too.
    formatTime: (instant) => {
      const today = day.today()
      return clockTime(instant, today.zone, today)
    },
    messages: () => wiring.localization().messages,
    now: clock.now,
    onOpenRitual: () => respond('open-ritual'),
    onAction: respond,
    onUndelivered: () => {
      wiring.undelivered.mark()
      day.changed()
    },
    logger: wiring.logger,
    build: wiring.notificationBuild,
    ...wiring.displays,
  })
  const scheduler = createPromptScheduler({
    clock,
    getDay: () => day.dayAt(day.dateOf(clock.now())),
    // Stored first: the write re-plans through the day's listeners, so the prompt is not due again.
    onDue: (prompt) => {
      day.record({
        type: 'prompt-shown',
        prompt: prompt.kind,
        forEndAt: prompt.forEndAt,
        delivered: true,
      })
      void notifier.notify(prompt)
    },
    onRollover: () => day.settleEarlierDays(),
    onPlanned: wiring.onPlanned,
    ...wiring.ticks,
  })
  return {
    scheduler,
    onResponse(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
