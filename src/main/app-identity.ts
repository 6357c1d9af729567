/** Who the app is to the operating system: one id for Windows toasts, the installer and the shortcut. */

/** The Windows app user model id; toasts show only for an id a Start-menu shortcut registers. */
export const APP_USER_MODEL_ID = 'app.sundown.desktop'

/**
 * Windows' toast activator for Sundown, fixed for good: Electron otherwise draws a new one each run,
 * and a toast clicked in the Action Center after a restart would reach no one.
 */
export const TOAST_ACTIVATOR_CLSID = '{FFAF811B-16FD-4996-9F5B-D56BFA3FF87B}'

/** The name notifications and the tray show. */
export const APP_NAME = 'Sundown'
