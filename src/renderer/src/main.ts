/** Renderer entry: every window loads this page and shows the view its `?view=` names, in the user's language. */
import { prepareView } from './prepare-view'
import { renderView } from './render-view'
import { viewFromSearch } from './view-name'
import { startZoneReports } from './zone-reporter'
import './styles.css'

const view = viewFromSearch(window.location.search)
// Lets the stylesheet size the page per window (the popover is a fixed 360×480 panel).
document.documentElement.dataset['view'] = view

// The popover lives all day, hidden: its Chromium tells main of a new time zone (travel).
if (view === 'popover') startZoneReports(window.sundown)

const root = document.getElementById('root')
// No top-level await: the language chunks import from this entry, and would wait on it forever.
if (root) {
  void prepareView(view, window.sundown).then((prepared) =>
    renderView(root, prepared, window.sundown),
  )
}
