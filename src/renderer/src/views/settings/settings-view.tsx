/** The settings window: loads settings and today's state, then the form. */
import { useCallback, useEffect, useState } from 'react'
import type { Settings } from '../../../../core'
import { valueOf } from '../../ipc-value'
import { hostToday } from '../month/month-dates'
import { SettingsForm } from './settings-form'
import { useMessages } from '../../i18n/messages-context'
import './settings-view.css'
import './settings-layout.css'
import './settings-frame.css'

type Loaded =
  | { state: 'loading' }
  | { state: 'failed' }
  | {
      state: 'ready'
      settings: Settings
      today: string
      idleUnavailable: boolean
      clockOffsetMs: number
    }

/** The settings view; it fetches everything itself through `window.sundown`. */
export function SettingsView() {
  const m = useMessages()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })

  useEffect(() => {
    let live = true
    const today = window.sundown.getToday().then(valueOf, () => null)
    Promise.all([window.sundown.getSettings(), today])
      .then(([read, state]) => {
        if (!live) return
        if (!read.ok) return setLoaded({ state: 'failed' })
        const settings = read.value
        setLoaded({
          state: 'ready',
          settings,
          today: state?.plan.date ?? hostToday(),
          idleUnavailable: state?.idleDetection === 'unavailable',
          clockOffsetMs: typeof state?.now === 'number' ? state.now - Date.now() : 0,
        })
      })
      .catch(() => live && setLoaded({ state: 'failed' }))
    return () => {
      live = false
    }
  }, [])

  const reload = useCallback(async () => {
    const read = await window.sundown.getSettings()
    if (!read.ok) return
    const settings = read.value
    setLoaded((current) => (current.state === 'ready' ? { ...current, settings } : current))
  }, [])

  return (
    <main className="settings-view">
      {loaded.state === 'ready' ? (
        <SettingsForm
          initial={loaded.settings}
          today={loaded.today}
          idleUnavailable={loaded.idleUnavailable}
          clockOffsetMs={loaded.clockOffsetMs}
          onImported={reload}
        />
      ) : (
        <div className="settings-waiting">
          <h1>{m.settings.title}</h1>
          {loaded.state === 'loading' ? (
            <p className="muted" role="status">
              {m.settings.loading}
            </p>
          ) : (
            <p className="field-error" role="alert">
              {m.settings.loadFailed}
            </p>
          )}
        </div>
      )}
    </main>
  )
}
