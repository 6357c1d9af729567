// The global shortcut opens the popover; a taken or invalid one is reported, and the working one stays.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createGlobalShortcut } from '../../src/main/global-shortcut'
import {
  globalShortcut,
  recorded,
  resetElectronStandIn,
  setPlatform,
} from '../support/electron-stand-in'

const DEFAULT = 'CommandOrControl+Alt+Shift+K'

afterEach(() => {
  vi.restoreAllMocks()
  resetElectronStandIn()
})

/** The user presses the keys: the stand-in calls what was registered for them. */
const press = (accelerator: string) => recorded.shortcuts.get(accelerator)?.()

describe('the global shortcut', () => {
  it('registers the default keys, which open the popover', () => {
    const open = vi.fn()
    const shortcut = createGlobalShortcut(open)
    expect(shortcut.apply()).toBeNull()
    expect(shortcut.current()).toBe(DEFAULT)
    press(DEFAULT)
    expect(open).toHaveBeenCalledOnce()
  })

  it('moves to new keys when the user changes them in Settings', () => {
    const open = vi.fn()
    const shortcut = createGlobalShortcut(open)
    shortcut.apply()
    expect(shortcut.apply('Alt+Shift+S')).toBeNull()
    expect([...recorded.shortcuts.keys()]).toEqual(['Alt+Shift+S'])
    press('Alt+Shift+S')
    expect(open).toHaveBeenCalledOnce()
  })

  it('does not touch the registration when the keys did not change', () => {
    const shortcut = createGlobalShortcut(vi.fn())
    shortcut.apply(DEFAULT)
    const register = vi.spyOn(globalShortcut, 'register')
    expect(shortcut.apply(DEFAULT)).toBeNull()
    expect(register).not.toHaveBeenCalled()
  })

  it('reports keys taken by another app, and keeps the old ones working', () => {
    const shortcut = createGlobalShortcut(vi.fn())
    shortcut.apply()
    vi.spyOn(globalShortcut, 'register').mockReturnValueOnce(false)
    const error = shortcut.apply('Control+Space')
    expect(error).toEqual({ code: 'shortcut-taken', shortcut: 'Control+Space' })
    expect(shortcut.current()).toBe(DEFAULT)
    expect(globalShortcut.isRegistered(DEFAULT)).toBe(true)
  })

  it('takes the same keys spelt anew (Control for CommandOrControl on Linux) without calling them taken', () => {
    setPlatform('linux')
    const shortcut = createGlobalShortcut(vi.fn())
    shortcut.apply()
    expect(shortcut.apply('Control+Alt+Shift+K')).toBeNull()
    expect(shortcut.current()).toBe('Control+Alt+Shift+K')
    expect([...recorded.shortcuts.keys()]).toEqual(['Control+Alt+Shift+K'])
  })

  it('keeps the old keys when another app holds the new ones', () => {
    const shortcut = createGlobalShortcut(vi.fn())
    shortcut.apply()
    globalShortcut.heldElsewhere.add('Alt+Shift+S')
    expect(shortcut.apply('Alt+Shift+S')).toEqual({
      code: 'shortcut-taken',
      shortcut: 'Alt+Shift+S',
    })
    expect(shortcut.current()).toBe(DEFAULT)
    expect([...recorded.shortcuts.keys()]).toEqual([DEFAULT])
  })

  it('reports keys Electron cannot read instead of throwing', () => {
    const shortcut = createGlobalShortcut(vi.fn())
    vi.spyOn(globalShortcut, 'register').mockImplementationOnce(() => {
      throw new TypeError('Error processing argument at index 0, conversion failure')
    })
    expect(shortcut.apply('Ctrl+Banana')).toEqual({
      code: 'shortcut-refused',
      shortcut: 'Ctrl+Banana',
    })
    expect(shortcut.current()).toBeNull()
  })

  it('turns off when the setting is emptied, and lets go on dispose', () => {
    const shortcut = createGlobalShortcut(vi.fn())
    shortcut.apply()
    expect(shortcut.apply('')).toBeNull()
    expect(recorded.shortcuts.size).toBe(0)
    shortcut.apply('Alt+K')
    shortcut.dispose()
    expect(recorded.shortcuts.size).toBe(0)
    expect(shortcut.current()).toBeNull()
  })
})
