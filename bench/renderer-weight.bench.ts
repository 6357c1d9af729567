// Figure 4: the weight of the renderer's JavaScript in out/ (npm run bench builds it first).
import { resolve } from 'node:path'
import { test } from 'vitest'
import { report } from '../tests/support/figures'
import { rendererWeightFigures } from '../tests/support/renderer-bundle'

test('4. renderer weight', (context) => {
  report(context, rendererWeightFigures(resolve('out')))
})
