/** Renderer entry: every window loads this page and shows the view its `?view=` names. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppShell, loadView } from './app-shell'
import { commonMessages } from './messages'
import { viewFromSearch } from './view-name'
import './styles.css'

const view = viewFromSearch(window.location.search)
// Lets the stylesheet size the page per window (the popover is a fixed 360×480 panel).
document.documentElement.dataset['view'] = view
document.title = commonMessages.viewTitles[view]

const root = document.getElementById('root')
if (root) {
  const View = await loadView(view)
  createRoot(root).render(
    <StrictMode>
      <AppShell View={View} />
    </StrictMode>,
  )
}
