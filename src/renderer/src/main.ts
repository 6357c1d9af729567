/** Renderer entry: every window loads this page and shows the view its `?view=` names, in the user's language. */
import { prepareView } from './prepare-view'
import { viewFromSearch } from './view-name'
import './styles.css'

const view = viewFromSearch(window.location.search)
// Lets the stylesheet size the page per window (the popover is a fixed 360×480 panel).
document.documentElement.dataset['view'] = view

const root = document.getElementById('root')
if (root) {
  // The entry holds no React: React, the view's chunk, today and its words all load side by side.
  const [prepared, { renderView }] = await Promise.all([
    prepareView(view, window.sundown),
    import('./render-view'),
  ])
  renderView(root, prepared, window.sundown)
}
