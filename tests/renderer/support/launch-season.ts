// A season in force on 2026-11-24, for the popover's header: its name and its intention.
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core'

/** The season's intention, as the header should show it. */
export const LAUNCH_INTENTION = 'Ship it without losing sleep'

/** Default settings plus the "Launch" season, 16 November to 4 December 2026. */
export const withLaunchSeason: Settings = {
  ...DEFAULT_SETTINGS,
  seasons: [
    {
      id: 'launch',
      name: 'Launch',
      from: '2026-11-16',
      to: '2026-12-04',
      weekly: DEFAULT_SETTINGS.weekly,
      intention: LAUNCH_INTENTION,
    },
  ],
}
