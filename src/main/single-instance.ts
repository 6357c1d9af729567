/** Single instance: a second launch hands over to the first and exits. */
import { app, BrowserWindow } from 'electron'

/** Claims the single-instance lock; returns false (and quits) when another Sundown runs. */
export function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    window?.show()
    window?.focus()
  })
  return true
}
