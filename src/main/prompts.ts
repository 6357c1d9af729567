/** Prompts: the scheduler decides when, the notifier shows them, and each shown prompt is remembered as an event. */
import type { PlannedPrompt } from '../core'
import type { Clock } from './clock'
import type { DayService } from './day-service'
import type { Logger } from './logger'
import {
  createPromptScheduler,
  type PromptScheduler,
  type PromptSchedulerOptions,
} from './prompt-scheduler'
import type { PromptAction } from './prompt-messages'
import type { NotificationBuild } from './notification-route'
import { PromptNotifier, type PromptDisplay } from './prompt-notifier'
import type { Localization } from '../shared/messages'
import { formatClockTime } from './tray-state'

/** What the prompts reach: the day, the clock, and where notification clicks lead. */
export interface PromptWiring {
  clock: Clock
  day: DayService
  /** The language prompts are worded in and the locale their times are written in, as they are now. */
  localization: () => Pick<Localization, 'locale' | 'messages'>
  onOpenRitual(): void
  onAction(action: PromptAction): void
  onUndelivered(prompt: PlannedPrompt): void
  /** Where each prompt's route is written. */
  logger: Logger
  /** Periodic work riding on the scheduler's ticks, and when those ticks must come every minute. */
  ticks?: Pick<PromptSchedulerOptions, 'onTick' | 'watchClosely' | 'onPlanned'>
  /** Injected displays for tests; the real Electron and node-notifier ones otherwise. */
  displays?: { electron?: PromptDisplay & { isSupported(): boolean }; nodeNotifier?: PromptDisplay }
  /** How this copy runs (platform, packaged, signed): which notification display goes first. */
  notificationBuild?: NotificationBuild
}

/** Starts the prompt scheduler; each due prompt is recorded before it is shown, so none fires twice. */
export function setupPrompts(wiring: PromptWiring): PromptScheduler {
  const { clock, day } = wiring
  const notifier = new PromptNotifier({
    formatTime: (instant) =>
      formatClockTime(instant, day.today().zone, { locale: wiring.localization().locale }),
    messages: () => wiring.localization().messages,
    now: clock.now,
    onOpenRitual: wiring.onOpenRitual,
    onAction: wiring.onAction,
    onUndelivered: wiring.onUndelivered,
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
    ...wiring.ticks,
  })
  return scheduler
}
