// axe-core finds nothing, and every control's edge reads at 3:1, in any month state, in the light and the dark colour scheme.
import { afterEach, describe, test } from 'vitest'
import '../../../src/renderer/src/styles.css'
import { SCHEMES, expectNoAxeViolations, openAs, resetPage } from './axe'
import { expectControlBoundaries } from './control-boundary'
import { MONTH_STATES } from './month-states'

afterEach(resetPage)

describe.each(SCHEMES)('the month window in the %s scheme', (scheme) => {
  test.each(Object.keys(MONTH_STATES))('%s', async (state) => {
    await openAs('month', scheme)
    await MONTH_STATES[state]?.()
    await expectNoAxeViolations()
    expectControlBoundaries()
  })
})
