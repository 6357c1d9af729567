// vitest-browser-react renders inside React's `act`, which flushes renders and effects before a test reads the page; the renderer runs on Preact, whose `act` does the same.
import React from 'react'
import { act } from 'preact/test-utils'
import { runEffectsLikeReact } from '../../../src/renderer/src/preact-timing'

// preact/compat's default export is a plain object: vitest-browser-react reads `act` from it when it loads, after this file.
Object.assign(React, { act })

// Components rendered here run with the effect timing the app sets in its entry.
runEffectsLikeReact()
