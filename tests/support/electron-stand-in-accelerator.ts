// The stand-in's reading of an accelerator, written from Electron's Accelerator docs: modifiers and one key code joined by "+".
import type { DesktopPlatform } from './electron-stand-in-platform.ts'

// Each modifier name, case-insensitive, and the key it stands for: Command, Cmd, Super and Meta are the same key.
const MODIFIERS: Record<string, (platform: string) => string> = {
  command: () => 'Super',
  cmd: () => 'Super',
  super: () => 'Super',
  meta: () => 'Super',
  control: () => 'Control',
  ctrl: () => 'Control',
  commandorcontrol: (platform) => (platform === 'darwin' ? 'Super' : 'Control'),
  cmdorctrl: (platform) => (platform === 'darwin' ? 'Super' : 'Control'),
  alt: () => 'Alt',
  option: () => 'Alt',
  altgr: () => 'AltGr',
  shift: () => 'Shift',
}

const NAMED_KEYS = new Map(
  [
    ...Array.from({ length: 24 }, (_, index) => `F${index + 1}`),
    ...Array.from({ length: 10 }, (_, index) => `num${index}`),
    ...['numdec', 'numadd', 'numsub', 'nummult', 'numdiv'],
    ...['Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete'],
    ...['Insert', 'Return', 'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown'],
    ...['Escape', 'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack'],
    ...['MediaPreviousTrack', 'MediaStop', 'MediaPlayPause', 'PrintScreen'],
  ].map((name) => [name.toLowerCase(), name]),
)
// Aliases the docs name.
NAMED_KEYS.set('enter', 'Return')
NAMED_KEYS.set('esc', 'Escape')

/** 0-9, A-Z and the punctuation keys (`+` itself is written Plus). */
const SINGLE_KEY = /^[0-9A-Za-z~!@#$%^&*()\-_=[\]{};:'",.<>/?\\|`]$/

/**
 * The accelerator in one canonical spelling for `platform` (modifiers sorted, aliases resolved),
 * or null when Electron could not parse it: a token that is neither a modifier nor a key code,
 * no key code, two key codes, or a character outside ASCII.
 */
export function canonicalAccelerator(accelerator: string, platform: DesktopPlatform | string) {
  if (!/^[\x20-\x7e]*$/.test(accelerator)) return null
  const modifiers = new Set<string>()
  let key: string | null = null
  for (const token of accelerator.split('+').map((part) => part.trim())) {
    const modifier = MODIFIERS[token.toLowerCase()]
    const code = SINGLE_KEY.test(token) ? token.toUpperCase() : NAMED_KEYS.get(token.toLowerCase())
    if (modifier) modifiers.add(modifier(platform))
    else if (code && key === null) key = code
    else return null
  }
  return key === null ? null : [...[...modifiers].sort(), key].join('+')
}
