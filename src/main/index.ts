/** The composition root: the app's outside things, wired in the order they are needed. */
import { app } from 'electron'
import { setupSingleInstance } from './single-instance'
import { setupTodayWindow } from './today-window'

if (setupSingleInstance()) {
  app.whenReady().then(setupTodayWindow)
  app.on('window-all-closed', () => app.quit())
}
