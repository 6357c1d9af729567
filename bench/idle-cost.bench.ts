// Figure 1: the idle cost of the main process over a simulated 24-hour workday.
import { test } from 'vitest'
import { report } from '../tests/support/figures'
import { idleCostFigures } from './idle-cost'
import { idleDayBaselineWakeups, simulateIdleDay } from '../tests/support/idle-day'

test('1. idle cost of the main process', async (context) => {
  const day = await simulateIdleDay()
  report(context, idleCostFigures(day, idleDayBaselineWakeups()))
})
