/** What the preload exposes on `window`. */
export {}

declare global {
  interface Window {
    sundown: { version: number }
  }
}
