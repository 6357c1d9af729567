/** Renderer entry: mounts the today view. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { TodayView } from './today-view'
import './styles.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <TodayView now={Date.now()} zone={Intl.DateTimeFormat().resolvedOptions().timeZone} />
    </StrictMode>,
  )
}
