// axe-core finds nothing, and every control's edge reads at 3:1, on any screen of the shutdown ritual, in the light and the dark colour scheme.
import { afterEach, describe, test } from 'vitest'
import '../../../src/renderer/src/styles.css'
import { SCHEMES, expectNoAxeViolations, openAs, resetPage } from './axe'
import { expectControlBoundaries } from './control-boundary'
import { RITUAL_STATES } from './ritual-states'

afterEach(resetPage)

describe.each(SCHEMES)('the ritual in the %s scheme', (scheme) => {
  test.each(Object.keys(RITUAL_STATES))('%s', async (state) => {
    await openAs('ritual', scheme)
    await RITUAL_STATES[state]?.()
    await expectNoAxeViolations()
    expectControlBoundaries()
  })
})
