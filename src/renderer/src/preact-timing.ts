/** The one place that knows the views run on Preact: its effect timing, set to what the React-style views expect. */
import { options } from 'preact'

/**
 * Runs effects in the task after a render, as React does, instead of after the next frame:
 * a view's data request starts at once, and a key pressed right after a render meets its handlers.
 */
export function runEffectsLikeReact(): void {
  options.requestAnimationFrame = (flush) => {
    setTimeout(() => flush())
  }
}
