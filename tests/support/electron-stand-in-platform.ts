// The stand-in's platform: process.platform set per test, and each Electron event only where Electron's own definitions say it fires.
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'

/** The desktops Sundown ships for; a test may pretend to run on any of them. */
export type DesktopPlatform = 'darwin' | 'win32' | 'linux'

const HOST_PLATFORM = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor

/** Makes `process.platform` read `platform` until `restorePlatform` (the stand-in's reset calls it). */
export function setPlatform(platform: DesktopPlatform): void {
  Object.defineProperty(process, 'platform', { ...HOST_PLATFORM, value: platform })
}

/** Gives `process.platform` back its real value. */
export function restorePlatform(): void {
  Object.defineProperty(process, 'platform', HOST_PLATFORM)
}

const DEFINITIONS_FILE = new URL('../../node_modules/electron/electron.d.ts', import.meta.url)
let definitions: string | null = null

/**
 * The platforms each event of one declaration in electron.d.ts is tagged with (`@platform
 * darwin,win32`), e.g. `eventPlatforms('interface PowerMonitor')`; untagged events fire everywhere
 * and are left out. Read from Electron's own file, so an upgrade brings its new tags along.
 */
export function eventPlatforms(declaration: string): ReadonlyMap<string, readonly string[]> {
  definitions ??= readFileSync(DEFINITIONS_FILE, 'utf8')
  const start = definitions.indexOf(`\n  ${declaration} `)
  if (start < 0) throw new Error(`electron.d.ts declares no '${declaration}'`)
  const body = definitions.slice(start, definitions.indexOf('\n  }\n', start))
  const platforms = new Map<string, readonly string[]>()
  for (const [, doc = '', event = ''] of body.matchAll(
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*on\(event: '([^']+)'/g,
  )) {
    const tag = /@platform ([\w,]+)/.exec(doc)?.[1]
    if (tag) platforms.set(event, tag.split(','))
  }
  return platforms
}

/**
 * An EventEmitter that refuses to emit an event Electron never emits on the platform the test
 * runs as, so no test can lean on an impossible event (a 'lock-screen' on Linux, say).
 */
export class PlatformEventEmitter extends EventEmitter {
  readonly #platforms: ReadonlyMap<string, readonly string[]>

  constructor(declaration: string) {
    super()
    this.#platforms = eventPlatforms(declaration)
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EventEmitter's own signature
  override emit(event: string | symbol, ...args: any[]): boolean {
    const platforms = typeof event === 'string' ? this.#platforms.get(event) : undefined
    if (platforms && !platforms.includes(process.platform)) {
      throw new Error(
        `Electron emits '${String(event)}' only on ${platforms.join(', ')}, and this test runs as ${process.platform}: set the platform with setPlatform()`,
      )
    }
    return super.emit(event, ...args)
  }
}
