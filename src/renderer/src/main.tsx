/** Renderer entry: every window loads this page and shows the view its `?view=` names, in the user's language. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppShell, loadView } from './app-shell'
import { MessagesProvider, applyViewWords } from './i18n/messages-context'
import { loadViewWords } from './i18n/view-messages'
import { viewFromSearch } from './view-name'
import './styles.css'

const view = viewFromSearch(window.location.search)
// Lets the stylesheet size the page per window (the popover is a fixed 360×480 panel).
document.documentElement.dataset['view'] = view

const root = document.getElementById('root')
if (root) {
  // The view's code and its words load side by side, both before the first render.
  const [View, words] = await Promise.all([loadView(view), loadViewWords(view, window.sundown)])
  applyViewWords(view, words)
  createRoot(root).render(
    <StrictMode>
      <MessagesProvider view={view} initial={words} api={window.sundown}>
        <AppShell View={View} />
      </MessagesProvider>
    </StrictMode>,
  )
}
