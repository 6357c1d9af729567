/** The entry point: Sundown's start-up, its problems written to the console until the log file is wired. */
import { startUp } from './electron-start-up'

void startUp((message, error) => console.error(message, error))
