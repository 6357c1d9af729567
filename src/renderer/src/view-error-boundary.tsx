/** Catches a view that fails to load or render, so the window says so instead of staying blank. */
import { Component, type ReactNode } from 'react'
import { commonMessages } from './messages'

/** Shows a calm failure line in place of a view that threw. */
export class ViewErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <p className="view-failed" role="alert">
        {commonMessages.viewFailed}
      </p>
    )
  }
}
