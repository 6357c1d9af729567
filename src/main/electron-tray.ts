/** The tray icon: image, tooltip and menu follow today; click opens the popover, right click the menu. */
import { join } from 'node:path'
import { Menu, nativeImage, Tray, type NativeImage, type Rectangle } from 'electron'
import type { TodayState } from '../shared/ipc-contract'
import { trayIconPath } from './tray-icon-paths'
import { trayMenuKey, trayMenuTemplate, type TrayMenuHandlers } from './tray-menu'
import { trayStatusOf, type TrayGlyph, type TrayWords } from './tray-state'

/** What the tray needs from the composition root. */
export interface ElectronTrayOptions {
  platform: NodeJS.Platform
  /** The folder holding `icons/`: the repo's `resources`, or `process.resourcesPath` when packaged. */
  resourcesDir: string
  /** The language the tray speaks now, read on every update; clock times follow today's state. */
  words(): { language: string; messages: TrayWords }
  /** Whether the panel is dark; read on every update, so call update again when the theme changes. */
  darkPanel(): boolean
  handlers: TrayMenuHandlers
  /** A left click on the icon, with the icon's bounds for placing the popover. */
  onToggle(trayBounds: Rectangle): void
  /** A line for the tooltip beyond today's state, such as a damaged file that was moved aside. */
  notice?(): string | null
}

/** The tray as the rest of the app drives it. */
export interface ElectronTray {
  /** Shows today: image and tooltip when they change, and a new menu only when the menu's facts change. */
  update(today: TodayState): void
  destroy(): void
}

/** Creates the tray icon; call `update` straight away to give it today's glyph and menu. */
export function createElectronTray(options: ElectronTrayOptions): ElectronTray {
  const { platform, handlers } = options
  const imageOf = (glyph: TrayGlyph, darkPanel: boolean): NativeImage => {
    const path = join(options.resourcesDir, trayIconPath(glyph, platform, darkPanel))
    const image = nativeImage.createFromPath(path)
    if (platform === 'darwin') image.setTemplateImage(true)
    return image
  }

  let imageKey = `working:${options.darkPanel()}`
  const tray = new Tray(imageOf('working', options.darkPanel()))
  let tooltip = options.words().messages.common.appName
  tray.setToolTip(tooltip)
  let menu: Menu | null = null
  let menuKey: string | null = null

  // A double click would otherwise swallow the second of two quick clicks on macOS.
  if (platform === 'darwin') tray.setIgnoreDoubleClickEvents(true)
  tray.on('click', (_event, bounds) => options.onToggle(bounds))
  // Popped up by hand, not set: on macOS and Windows a tray's context menu takes the left click too.
  tray.on('right-click', () => {
    if (menu) tray.popUpContextMenu(menu)
  })

  return {
    update(today) {
      const words = options.words()
      const notice = options.notice?.() ?? null
      const status = trayStatusOf(today, words.messages, notice)
      const darkPanel = options.darkPanel()
      const nextImageKey = `${status.glyph}:${darkPanel}`
      if (nextImageKey !== imageKey) {
        tray.setImage(imageOf(status.glyph, darkPanel))
        imageKey = nextImageKey
      }
      if (status.tooltip !== tooltip) {
        tray.setToolTip(status.tooltip)
        tooltip = status.tooltip
      }
      const nextMenuKey = trayMenuKey(today, words.language)
      if (nextMenuKey === menuKey) return
      menu = Menu.buildFromTemplate(trayMenuTemplate(today, handlers, words.messages))
      menuKey = nextMenuKey
      // AppIndicator delivers no clicks on Linux: the menu is the only way in, so it is attached.
      if (platform === 'linux') tray.setContextMenu(menu)
    },
    destroy() {
      tray.destroy()
    },
  }
}
