/** Who the app is to the operating system: one id for Windows toasts, the installer and the shortcut. */

/** The Windows app user model id; toasts show only for an id a Start-menu shortcut registers. */
export const APP_USER_MODEL_ID = 'app.sundown.desktop'

/** The name notifications and the tray show. */
export const APP_NAME = 'Sundown'
