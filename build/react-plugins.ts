// The renderer's React plugins, shared by the build and the renderer tests so both run the same compiled components.
import babel from '@rolldown/plugin-babel'
import react, { reactCompilerPreset } from '@vitejs/plugin-react'

/**
 * JSX and Fast Refresh, plus React Compiler: it memoizes each component's render and values, so a
 * re-render (a minute tick, a keystroke) redoes only what changed, without hand-written memo calls.
 */
export function reactPlugins() {
  return [react(), babel({ presets: [reactCompilerPreset()] })]
}
