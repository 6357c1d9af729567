/** Electron's accelerator grammar ("CommandOrControl+Alt+Shift+K"), checked before the shortcut reaches the desktop. */
import type { SettingsProblem } from './settings-problems'

/** The modifier names Electron reads, lower-cased (accelerators are case-insensitive). */
const MODIFIERS = new Set([
  'command',
  'cmd',
  'control',
  'ctrl',
  'commandorcontrol',
  'cmdorctrl',
  'alt',
  'option',
  'altgr',
  'shift',
  'super',
  'meta',
])

/** Keys named by a word, lower-cased, as Electron's docs list them ("Accelerator", available key codes). */
const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
  'printscreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
])

/** A letter, a digit, or one of the punctuation keys Electron reads; "+" is spelled Plus. */
const CHARACTER_KEY = /^[a-z0-9)!@#$%^&*(:;=<,_\->.?/~`{}[\]|\\"']$/

const isFunctionKey = (key: string): boolean => {
  const match = /^f([1-9]|1[0-9]|2[0-4])$/.exec(key)
  return match !== null
}

const isKey = (key: string): boolean =>
  CHARACTER_KEY.test(key) || NAMED_KEYS.has(key) || /^num[0-9]$/.test(key) || isFunctionKey(key)

/** Keys that may stand alone: pressing them types nothing, so no app loses a keystroke it needs. */
const standsAlone = (key: string): boolean =>
  isFunctionKey(key) || key.startsWith('media') || key.startsWith('volume')

/**
 * What is wrong with `accelerator` as a global shortcut, or null when Electron can register it.
 * An empty accelerator turns the shortcut off. Stricter than Electron, which skips unknown words
 * and keeps the last of two keys: each part must be a modifier or the one key, the key last.
 * A key that types (a letter, Space, an arrow…) needs Ctrl, Alt, Cmd or Super, so it is not
 * taken from every other app.
 */
export function acceleratorProblem(accelerator: string): SettingsProblem | null {
  if (accelerator.trim() === '') return null
  const parts = accelerator.split('+').map((part) => part.trim())
  if (parts.some((part) => part === '')) return { code: 'shortcut-no-key' }
  const names = parts.map((part) => part.toLowerCase())
  const keyIndex = names.findIndex((name) => !MODIFIERS.has(name))
  if (keyIndex === -1) return { code: 'shortcut-no-key' }
  const key = names[keyIndex] ?? ''
  if (!isKey(key)) return { code: 'shortcut-key', key: parts[keyIndex] ?? '' }
  if (keyIndex !== names.length - 1) return { code: 'shortcut-one-key' }
  const holdsModifier = names.slice(0, -1).some((name) => name !== 'shift')
  if (!holdsModifier && !standsAlone(key)) return { code: 'shortcut-needs-modifier' }
  return null
}
