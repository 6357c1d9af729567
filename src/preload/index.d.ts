/** What the preload exposes on `window`. */
import type { SundownApi } from '../shared/ipc-contract'

declare global {
  interface Window {
    sundown: SundownApi
  }
}
