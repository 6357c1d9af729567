// The shell picks the view for the window and loads it lazily; a view that fails says so instead of going blank.
import { StrictMode } from 'react'
import { expect, test } from 'vitest'
import { render } from 'vitest-browser-react'
import { AppShell } from '../../src/renderer/src/app-shell'
import { loadView } from '../../src/renderer/src/view-loaders'
import { ViewErrorBoundary } from '../../src/renderer/src/view-error-boundary'
import { installFakeSundown } from './support/fake-sundown'

test('the popover view loads for ?view=popover', async () => {
  installFakeSundown({ date: '2026-11-24', time: '16:18' })
  const screen = await render(<AppShell View={await loadView('popover')} />)
  await expect.element(screen.getByRole('heading', { level: 1 })).toMatchTextContent(/^Ends /)
})

test('the ritual view loads for ?view=ritual and, even in StrictMode, starts the ritual once', async () => {
  const fake = installFakeSundown({ date: '2026-11-24', time: '17:20' })
  const screen = await render(
    <StrictMode>
      <AppShell View={await loadView('ritual')} />
    </StrictMode>,
  )
  await expect.element(screen.getByRole('heading', { name: 'Shutdown ritual' })).toBeVisible()
  await expect.poll(() => fake.callsTo('startRitual')).toHaveLength(1)
})

test('a view that throws is replaced by a calm message', async () => {
  const Broken = () => {
    throw new Error('boom')
  }
  const screen = await render(
    <ViewErrorBoundary>
      <Broken />
    </ViewErrorBoundary>,
  )
  await expect.element(screen.getByRole('alert')).toMatchTextContent(/went wrong/)
})
