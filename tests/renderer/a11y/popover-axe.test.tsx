// axe-core finds nothing, and every control's edge reads at 3:1, in any popover state, in the light and the dark colour scheme.
import { afterEach, describe, test } from 'vitest'
import '../../../src/renderer/src/styles.css'
import { SCHEMES, expectNoAxeViolations, openAs, resetPage } from './axe'
import { expectControlBoundaries } from './control-boundary'
import { POPOVER_STATES } from './popover-states'

afterEach(resetPage)

describe.each(SCHEMES)('the popover in the %s scheme', (scheme) => {
  test.each(Object.keys(POPOVER_STATES))('%s', async (state) => {
    await openAs('popover', scheme)
    await POPOVER_STATES[state]?.()
    await expectNoAxeViolations()
    expectControlBoundaries()
  })
})
