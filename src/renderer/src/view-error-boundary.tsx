/** Catches a view that fails to load or render, so the window says so instead of staying blank. */
import { Component, type ReactNode } from 'react'
import { useMessages } from './i18n/messages-context'

/** The calm failure screen a window shows instead of a view: a landmark, an alert and its line. */
export function ViewFailed({ message }: { message: string }) {
  return (
    <main className="view-failed">
      <div role="alert">
        <h1>{message}</h1>
      </div>
    </main>
  )
}

function ViewThrew() {
  return <ViewFailed message={useMessages().common.viewFailed} />
}

/** Shows a calm failure line in place of a view that threw. */
export class ViewErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return <ViewThrew />
  }
}
