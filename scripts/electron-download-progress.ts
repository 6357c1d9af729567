/** A line now and then while Electron downloads: install.js shows no progress when its output is not a terminal. */

/** The file @electron/get is downloading into, from its debug line "Downloading <url> to <file> with options…". */
export function downloadFile(output: string): string | undefined {
  return [...output.matchAll(/Downloading \S+ to (.+?) with options/g)].at(-1)?.[1]
}

/** "Still downloading Electron: 23 MB so far (40 s)." — without the size until the file exists. */
export function downloadProgressLine(bytes: number | undefined, elapsedMs: number): string {
  const seconds = Math.round(elapsedMs / 1000)
  const size = bytes === undefined ? '' : `: ${Math.floor(bytes / 1_000_000)} MB so far`
  return `Still downloading Electron${size} (${seconds} s).`
}
