// axe-core finds nothing, and every control's edge reads at 3:1, in any state of the settings window, in the light and the dark colour scheme.
import { afterEach, describe, test } from 'vitest'
import '../../../src/renderer/src/styles.css'
import { SCHEMES, expectNoAxeViolations, openAs, resetPage } from './axe'
import { expectControlBoundaries } from './control-boundary'
import { SETTINGS_STATES } from './settings-states'

afterEach(resetPage)

describe.each(SCHEMES)('the settings window in the %s scheme', (scheme) => {
  test.each(Object.keys(SETTINGS_STATES))('%s', async (state) => {
    await openAs('settings', scheme)
    await SETTINGS_STATES[state]?.()
    await expectNoAxeViolations()
    expectControlBoundaries()
  })
})
