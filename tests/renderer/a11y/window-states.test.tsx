// Every state of every window, in the light and the dark colour scheme: axe-core finds nothing, every control's edge reads at 3:1, and Tab reaches every control with a focus ring that shows.
import { afterEach, describe, test } from 'vitest'
import '../../../src/renderer/src/styles.css'
import { SCHEMES, expectNoAxeViolations, resetPage } from './axe'
import { expectControlBoundaries } from './control-boundary'
import { expectKeyboardWalk } from './keyboard'
import { WINDOWS, openState } from './window-states'

afterEach(resetPage)

describe.each(WINDOWS)('$title', ({ view, states }) => {
  describe.each(SCHEMES)('in the %s scheme', (scheme) => {
    describe.each(Object.keys(states))('%s', (state) => {
      test('axe-core finds nothing, and every control reads at 3:1', async () => {
        await openState(view, states, state, scheme)
        await expectNoAxeViolations()
        expectControlBoundaries()
      })

      test('Tab reaches every control, in order, with a focus ring that shows', async () => {
        await openState(view, states, state, scheme)
        await expectKeyboardWalk()
      })
    })
  })
})
