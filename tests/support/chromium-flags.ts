// Debian Chromium's launch flags for every browser this project's tests and benchmarks start.
/**
 * Keeps Chromium off the closed network and out of the sandbox it cannot have here, and lets a
 * file:// page load its module scripts as Electron does.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--allow-file-access-from-files',
]

/** Debian's Chromium, or the one `CHROMIUM_PATH` names; never a downloaded browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
