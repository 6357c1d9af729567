/** What went wrong when electron's install.js could not fetch the binary, and what the user can do about it. */

/** What install.js's output says happened; `network` asks the caller to find the network error's cause. */
export interface DownloadFailure {
  /** One line: "HTTP 404 (Not Found) from <url>", "a network error reaching <url>", or install.js's error line. */
  what: string
  /** The URL @electron/get was fetching, when its debug output or the error names it. */
  url?: string
  network: boolean
}

/**
 * Reads install.js's combined output, run with DEBUG=@electron/get:index so the URL is named.
 * @electron/get throws "HTTPError: Response code 404 (Not Found) for <url>" for an HTTP answer,
 * and Node's fetch a bare "TypeError: fetch failed" for a network error (its cause is not printed).
 */
export function readDownloadFailure(output: string, exitCode: number | null): DownloadFailure {
  const http = /HTTPError: Response code (\d+) \(([^)]*)\) for (\S+)/.exec(output)
  if (http) {
    const [, status, statusText, url] = http
    return {
      what: `HTTP ${status}${statusText ? ` (${statusText})` : ''} from ${url}`,
      url,
      network: false,
    }
  }
  const downloads = [...output.matchAll(/Downloading (\S+) to /g)]
  const url = downloads.at(-1)?.[1]
  if (/fetch failed/.test(output)) {
    return { what: `a network error reaching ${url ?? 'the download server'}`, url, network: true }
  }
  const errorLine = /^\s*(?:\w*Error|Error)\b.*$/m.exec(output)?.[0].trim()
  const what =
    errorLine ??
    `electron's install.js exited with ${exitCode === null ? 'a signal' : `code ${exitCode}`}`
  return url === undefined ? { what, network: false } : { what, url, network: false }
}

/** Where the download comes from and what it is, for the message. */
export interface DownloadTarget {
  version: string
  platform: string
  arch: string
  /** The binary's path inside an unpacked Electron for this platform (`electron`, `electron.exe`, …). */
  binaryPath: string
}

/**
 * The message a user reads when the binary could not be fetched: what happened, then the three
 * ways out — the network or its proxy, a mirror, an Electron already on disk.
 */
export function downloadFailureMessage(
  failure: DownloadFailure,
  target: DownloadTarget,
  networkCause?: string,
): string {
  const what = (networkCause ? `${failure.what}: ${networkCause}` : failure.what).replace(/\.$/, '')
  return [
    `Could not download Electron ${target.version} for ${target.platform}-${target.arch}: ${what}.`,
    '',
    'Sundown runs on Electron, whose binary (about 100 MB) is downloaded once, on the first',
    '`npm start` or `npm run dev`. To get it:',
    '  - Check the network connection. Behind a proxy, set HTTPS_PROXY (and HTTP_PROXY, NO_PROXY);',
    '    the download honours them (this script turns on Node.js proxy support, NODE_USE_ENV_PROXY=1).',
    '  - Or download from a mirror: set ELECTRON_MIRROR, e.g.',
    '    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    `  - Or use an Electron ${target.version} you already have: set ELECTRON_OVERRIDE_DIST_PATH to`,
    `    the folder of the unpacked Electron (the one holding ${target.binaryPath}).`,
    'Then run the command again.',
  ].join('\n')
}
