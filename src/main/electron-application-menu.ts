/** The application menu: none on Windows and Linux; on macOS only what text fields and windows need. */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { Messages } from '../shared/messages'

/**
 * The menu for `platform`, or null for no menu bar at all. Electron's default menu (File › Exit,
 * View › Reload, Toggle Developer Tools) would quit the tray app or reload a view mid-ritual, so it
 * is never left in place. Windows and Linux need no menu for copy, paste and undo in text fields
 * (Chromium handles those keys itself); macOS routes them through the Edit menu's roles, so it keeps
 * one. No Reload or DevTools items, in any build.
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  words: Pick<Messages, 'main'>,
): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null
  return [
    {
      // The app's own menu, named after the app by macOS; its default items (Quit, Services) are left out.
      role: 'appMenu',
      submenu: [
        { role: 'hide', label: words.main.applicationMenu.hide },
        { role: 'hideOthers', label: words.main.applicationMenu.hideOthers },
        { role: 'unhide', label: words.main.applicationMenu.showAll },
      ],
    },
    {
      label: words.main.applicationMenu.edit,
      submenu: [
        { role: 'undo', label: words.main.applicationMenu.undo },
        { role: 'redo', label: words.main.applicationMenu.redo },
        { type: 'separator' },
        { role: 'cut', label: words.main.applicationMenu.cut },
        { role: 'copy', label: words.main.applicationMenu.copy },
        { role: 'paste', label: words.main.applicationMenu.paste },
        { role: 'selectAll', label: words.main.applicationMenu.selectAll },
      ],
    },
    {
      label: words.main.applicationMenu.window,
      submenu: [
        { role: 'minimize', label: words.main.applicationMenu.minimize },
        // ⌘W closes the ritual, month or settings window; Quit stays in the tray menu.
        { role: 'close', label: words.main.applicationMenu.close },
      ],
    },
  ]
}

/** Sets the application menu for `platform` in the user's language; call again when the language changes. */
export function applyApplicationMenu(
  platform: NodeJS.Platform,
  words: Pick<Messages, 'main'>,
): void {
  const template = applicationMenuTemplate(platform, words)
  Menu.setApplicationMenu(template === null ? null : Menu.buildFromTemplate(template))
}
