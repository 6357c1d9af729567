// The application menu speaks the user's language on macOS, and does not exist elsewhere.
import { describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from '../../src/main/electron-application-menu'
import { de } from '../../src/shared/messages/de'
import { en } from '../../src/shared/messages/en'

describe('the application menu', () => {
  it('is none at all on Windows and Linux', () => {
    expect(applicationMenuTemplate('win32', en)).toBeNull()
    expect(applicationMenuTemplate('linux', en)).toBeNull()
  })

  it('reads Bearbeiten › Widerrufen … in German on macOS', () => {
    const [, edit, window] = applicationMenuTemplate('darwin', de) ?? []
    expect(edit?.label).toBe('Bearbeiten')
    const editItems = edit?.submenu as { role?: string; label?: string }[]
    expect(editItems.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Widerrufen'],
      ['redo', 'Wiederholen'],
      ['cut', 'Ausschneiden'],
      ['copy', 'Kopieren'],
      ['paste', 'Einsetzen'],
      ['selectAll', 'Alles auswählen'],
    ])
    expect(window?.label).toBe('Fenster')
  })
})
