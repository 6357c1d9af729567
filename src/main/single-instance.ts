/** Single instance: a second launch hands over to the first, which opens its popover, and exits. */
import { app } from 'electron'

/** Claims the single-instance lock; returns false (and quits) when another Sundown runs. */
export function setupSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', onSecondLaunch)
  return true
}
