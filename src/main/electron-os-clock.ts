/** What the OS says of the user's clock, read through Electron: the region it formats in, and a forced 12/24-hour choice. */
import type { App, SystemPreferences } from 'electron'
import type { OsClock } from '../shared/format/hour-cycle'

/** `de_DE.UTF-8` or `de_DE@euro` as a BCP 47 tag (`de-DE`); null for `C`, `POSIX` or nothing. */
export function localeOfPosixName(name: string | undefined): string | null {
  const base = name?.split(/[.@]/)[0]
  if (!base || base === 'C' || base === 'POSIX') return null
  return base.replace('_', '-')
}

/**
 * Per platform, what can be read (the choice itself is hourCycleFor's, in src/shared/format):
 * - macOS: System Settings' "24-hour time" switch, when set against the region's habit, is kept as
 *   `AppleICUForce24HourTime` / `AppleICUForce12HourTime` in the global defaults, which
 *   `getUserDefault` reads; `getSystemLocale()` is `[NSLocale currentLocale]`, i.e. the region.
 * - Windows: `getSystemLocale()` is the regional format Windows 11 writes times in. A short-time
 *   pattern customised beyond it lives only in the registry, which Electron does not read.
 * - Linux: the locale chosen for times is `LC_TIME` (under `LC_ALL`), which desktops' "Formats"
 *   settings set; Chromium's `getSystemLocale()` follows the language, so the variables come first.
 */
export function readOsClock(
  platform: NodeJS.Platform,
  app: Pick<App, 'getSystemLocale'>,
  preferences: Pick<SystemPreferences, 'getUserDefault'>,
  env: Readonly<Record<string, string | undefined>>,
): OsClock {
  const systemLocale = app.getSystemLocale() || null
  if (platform === 'darwin') {
    const forced = preferences.getUserDefault('AppleICUForce24HourTime', 'boolean')
      ? '24-hour'
      : preferences.getUserDefault('AppleICUForce12HourTime', 'boolean')
        ? '12-hour'
        : null
    return { forced, regionLocale: systemLocale }
  }
  if (platform === 'linux') {
    const posix = localeOfPosixName(env.LC_ALL || env.LC_TIME || env.LANG)
    return { forced: null, regionLocale: posix ?? systemLocale }
  }
  return { forced: null, regionLocale: systemLocale }
}
