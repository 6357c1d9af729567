// The global shortcut field: a typo or keys the desktop refuses are said next to the field, never saved silently.
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { acceleratorOf } from '../../../src/renderer/src/views/settings/shortcut-field'
import { expectErrorNextTo } from './expect-error-next-to'
import { openSection, renderSettings } from './render-settings'

afterEach(() => {
  Reflect.deleteProperty(window, 'sundown')
})

test('a typo’d key is named next to the field as soon as the field is left, and nothing is saved', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'General')
  const field = screen.getByLabelText('Global shortcut')
  await userEvent.fill(field, 'CommandOrControl+Alt+Banana')
  await userEvent.tab()
  await expectErrorNextTo(
    field,
    '“Banana” is not a key name: use a letter, a digit, F1–F24 or a name such as Space, Up or PageDown.',
  )
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  expect(api.saveSettings).not.toHaveBeenCalled()
})

test('modifiers without a key are refused', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'General')
  const field = screen.getByLabelText('Global shortcut')
  await userEvent.fill(field, 'Ctrl+Alt')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(
    field,
    'End the shortcut with one key after the modifiers, like CommandOrControl+Alt+Shift+K (write + as Plus).',
  )
  expect(api.saveSettings).not.toHaveBeenCalled()
})

test('keys another app holds come back from the main process and are said next to the field', async () => {
  const { api, screen } = await renderSettings()
  await openSection(screen, 'General')
  api.saveSettings.mockResolvedValueOnce({
    ok: false,
    problem: {
      code: 'fields',
      errors: [
        { field: 'shortcut', problem: { code: 'shortcut-taken', shortcut: 'Control+Alt+Space' } },
      ],
    },
  })
  const field = screen.getByLabelText('Global shortcut')
  await userEvent.fill(field, 'Control+Alt+Space')
  await userEvent.click(screen.getByRole('button', { name: 'Save settings' }))
  await expectErrorNextTo(
    field,
    'Control+Alt+Space is taken by another app or the system: choose other keys.',
  )
  await expect.element(screen.getByText('Saved.')).not.toBeInTheDocument()
})

test('recording names letter and digit keys by their place, whatever Option or Shift make them type', () => {
  const press = { ctrlKey: false, metaKey: true, altKey: true, shiftKey: false }
  // Option+K types "˚" on a Mac; Shift+1 types "!".
  expect(acceleratorOf({ ...press, key: '˚', code: 'KeyK' })).toBe('CommandOrControl+Alt+K')
  expect(acceleratorOf({ ...press, shiftKey: true, key: '!', code: 'Digit1' })).toBe(
    'CommandOrControl+Alt+Shift+1',
  )
  expect(acceleratorOf({ ...press, key: 'ArrowUp', code: 'ArrowUp' })).toBe(
    'CommandOrControl+Alt+Up',
  )
})

test('recording keeps the layout’s own letter, as on a German keyboard where Z sits where US has Y', () => {
  const press = { ctrlKey: true, metaKey: false, altKey: true, shiftKey: false }
  expect(acceleratorOf({ ...press, key: 'z', code: 'KeyY' })).toBe('CommandOrControl+Alt+Z')
})
