/** The one bundle's shell: renders the loaded view inside an error boundary. */
import type { ComponentType } from 'react'
import { ViewErrorBoundary } from './view-error-boundary'

/** Renders a loaded view inside an error boundary. */
export function AppShell({ View }: { View: ComponentType }) {
  return (
    <ViewErrorBoundary>
      <View />
    </ViewErrorBoundary>
  )
}
