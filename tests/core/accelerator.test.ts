// A shortcut typed in Settings is checked against Electron's accelerator grammar before it is saved.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, acceleratorProblem, validateSettings } from '../../src/core'

describe('shortcuts Electron can register', () => {
  it.each([
    'CommandOrControl+Alt+Shift+K',
    'cmdorctrl+alt+k',
    'Control+Space',
    'Super+F12',
    'Alt+Shift+Plus',
    'Ctrl+Alt+/',
    'Ctrl + Alt + Up',
    'Option+num5',
    'F9',
    'MediaPlayPause',
    'Shift+F24',
  ])('accepts %s', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeNull()
  })

  it('accepts an empty shortcut, which turns it off', () => {
    expect(acceleratorProblem('')).toBeNull()
  })
})

describe('shortcuts that would be saved and never work', () => {
  it('names a word that is no key', () => {
    expect(acceleratorProblem('Ctrl+Alt+Banana')).toEqual({ code: 'shortcut-key', key: 'Banana' })
    expect(acceleratorProblem('Ctrl+Alt+F25')).toEqual({ code: 'shortcut-key', key: 'F25' })
    expect(acceleratorProblem('Ctrl+Alt+Å')).toEqual({ code: 'shortcut-key', key: 'Å' })
  })

  it('misspelt modifiers are no keys either', () => {
    expect(acceleratorProblem('Crtl+Alt+K')).toEqual({ code: 'shortcut-key', key: 'Crtl' })
  })

  it('needs a key after the modifiers, and + spelled Plus', () => {
    expect(acceleratorProblem('CommandOrControl+Alt')).toEqual({ code: 'shortcut-no-key' })
    expect(acceleratorProblem('Ctrl++')).toEqual({ code: 'shortcut-no-key' })
  })

  it('takes one key only', () => {
    expect(acceleratorProblem('Ctrl+A+B')).toEqual({ code: 'shortcut-one-key' })
  })

  it('will not take a typing key from every other app', () => {
    expect(acceleratorProblem('K')).toEqual({ code: 'shortcut-needs-modifier' })
    expect(acceleratorProblem('Shift+Space')).toEqual({ code: 'shortcut-needs-modifier' })
  })

  it('is refused by validateSettings under the shortcut field', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, shortcut: 'Ctrl+Alt+Banana' })
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'shortcut', problem: { code: 'shortcut-key', key: 'Banana' } }],
    })
  })
})
