/** The log as the rest of main writes to it: what happened and what failed, never what the user wrote. */

/** Where main records what happened, for reading after something went wrong. */
export interface Logger {
  /** Worth knowing afterwards: start-up, a prompt delivered and by which route. */
  info(message: string): void
  /** Went wrong and Sundown carried on: a route that failed, a damaged file moved aside. */
  warn(message: string, error?: unknown): void
  /** Failed: a write that did not happen, an uncaught exception. */
  error(message: string, error?: unknown): void
}

/** Errors whose message quotes the input they failed on: JSON.parse's snippet of the file, valibot's received value. */
const QUOTES_ITS_INPUT = new Set(['SyntaxError', 'ValiError'])

const STACK_FRAME = /^\s+at /

/**
 * The part of an error the log may keep: its name, system code, message and
 * stack frames; the message is left out where it may quote a note or an answer.
 */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}, not an Error`
  const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : ''
  const message = QUOTES_ITS_INPUT.has(error.name)
    ? '(message left out: it may quote the data)'
    : error.message
  const frames = (error.stack ?? '').split('\n').filter((line) => STACK_FRAME.test(line))
  return [`${error.name}${code}: ${message}`, ...frames].join('\n')
}

/** What a start-up line tells a bug report: versions, system and desktop, never the user's data. */
export interface StartUpFacts {
  appVersion: string
  platform: NodeJS.Platform
  osRelease: string
  arch: string
  versions: Partial<Record<'electron' | 'node' | 'chrome', string>>
  locale: string
  env: Readonly<Record<string, string | undefined>>
}

/** The first line of every run; the Linux desktop and session type explain most tray and shortcut reports. */
export function startUpLine(facts: StartUpFacts): string {
  const { env, versions } = facts
  const desktop = env['XDG_SESSION_TYPE']
    ? ` (${env['XDG_CURRENT_DESKTOP'] ?? 'unknown desktop'}, ${env['XDG_SESSION_TYPE']})`
    : ''
  return (
    `Sundown ${facts.appVersion} starting on ${facts.platform} ${facts.osRelease} ${facts.arch}${desktop}; ` +
    `Electron ${versions.electron ?? 'absent'}, Chromium ${versions.chrome ?? 'absent'}, ` +
    `Node ${versions.node ?? 'absent'}; locale ${facts.locale}`
  )
}
