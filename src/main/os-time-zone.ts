/** The operating system's time zone as it is now, read where the OS keeps it (macOS and Linux). */
import { readlinkSync } from 'node:fs'

/**
 * The IANA name a `/etc/localtime` link points at: `/var/db/timezone/zoneinfo/Europe/Berlin`
 * (macOS), `/usr/share/zoneinfo/Europe/Berlin` or `../usr/share/zoneinfo/posix/Europe/Berlin`
 * (Linux); null for a target outside a zoneinfo folder (a copied file, a sandbox's own link).
 */
export function zoneOfLocaltimeLink(target: string): string | null {
  const match = /(?:^|\/)zoneinfo\/(?:posix\/|right\/)?(.+)$/.exec(target)
  return match?.[1] ?? null
}

/**
 * Why main reads the OS, and how, per platform. Electron's main process keeps the zone it started
 * with: V8 caches it and nothing tells Node's V8 of a change (electron#33723, #40944; measured here
 * on Linux with Node 24: after the OS zone changed, `Intl…timeZone` still named the old one).
 * - macOS and Linux: `/etc/localtime` is a link into the zoneinfo folder, which System Settings,
 *   macOS's automatic zone and systemd's timedated re-point. ICU reads the same link at start, so
 *   this is the zone a fresh start would pick. A `TZ` variable pins the zone for the whole process
 *   (ICU and Chromium honour it), so then there is nothing to follow. The file rather than the
 *   renderer: Debian's Chromium 156 did not pass a re-pointed /etc/localtime on to its pages
 *   (measured), and on macOS Electron 28 was reported not to either (electron#40944).
 * - Windows: there is no such file; the registry names Windows zones ("W. Europe Standard Time"),
 *   which would need CLDR's mapping to IANA names. There the popover's report is the source:
 *   Chromium's TimeZoneMonitor listens for WM_TIMECHANGE, re-detects the zone and updates its
 *   pages (src/renderer/src/zone-reporter.ts), which main's own V8 never hears of.
 * Returns null where nothing can be read; the caller then keeps the zone it has.
 */
export function readOsTimeZone(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  localtimePath = '/etc/localtime',
): string | null {
  if (platform !== 'darwin' && platform !== 'linux') return null
  if (env['TZ']) return null
  try {
    return zoneOfLocaltimeLink(readlinkSync(localtimePath))
  } catch {
    return null
  }
}
