/** The popover: where today stands, the check-in, earlier check-ins, the next-morning question and quick actions. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { focusFirstControl, useFocusFirstControl } from '../../focus-first'
import { dayPhaseOf } from '../../format/day-phase'
import { formatClock } from '../../format/time'
import { refusalOf } from '../../refusal'
import { useEscape } from '../../use-escape'
import { useToday } from '../../use-today'
import { CarriedOver } from './carried-over'
import { CheckInForm } from './check-in-form'
import { DayOffConfirm } from './day-off-confirm'
import { DayStatus } from './day-status'
import { EarlierCheckIns } from './earlier-check-ins'
import { NextMorning } from './next-morning'
import { QuickActions, type Panel } from './quick-actions'
import { StayLateForm } from './stay-late-form'
import './popover.css'
import { useMessages } from '../../i18n/messages-context'
import { ViewFailed } from '../../view-error-boundary'

/** The tray popover; Esc closes it, Enter saves the check-in, focus starts on the first control. */
export function PopoverView() {
  const m = useMessages()
  const { today, now, failed, apply } = useToday()
  const [panel, setPanel] = useState<Panel>('none')
  const [status, setStatus] = useState('')
  const root = useRef<HTMLDivElement>(null)
  // Closing cannot fail in a way the user could act on, so a refusal is dropped.
  const close = useCallback(
    () => void window.sundown.closeView({ view: 'popover' }).catch(() => undefined),
    [],
  )
  useEscape(close)
  useFocusFirstControl(root, today !== null)

  // The popover's window is hidden, not closed: each opening starts fresh, without last time's form or note.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState !== 'hidden') return
      setPanel('none')
      setStatus('')
    }
    document.addEventListener('visibilitychange', onHide)
    return () => document.removeEventListener('visibilitychange', onHide)
  }, [])

  if (failed) return <ViewFailed message={m.common.loadFailed} />
  if (!today) return null

  const phase = dayPhaseOf(today, now)
  // After a block answers and goes away, focus would fall to the page; start over at the top.
  const refocus = () => requestAnimationFrame(() => focusFirstControl(root.current))
  const closePanel = () => {
    setPanel('none')
    refocus()
  }
  const snooze = () =>
    void window.sundown.snooze().then(
      (result) => {
        if (!result.ok)
          return setStatus(refusalOf(result.problem, [], m).form ?? m.common.genericError)
        apply(result.value)
        setStatus(m.popover.actions.snoozed({ minutes: result.value.snoozeMinutes }))
      },
      () => setStatus(m.common.genericError),
    )

  return (
    <div className="popover" data-phase={phase.kind} ref={root}>
      <main className="popover-body">
        <DayStatus today={today} now={now} phase={phase} />
        {today.confirmation && (
          <NextMorning
            key={today.confirmation.date}
            confirmation={today.confirmation}
            today={today}
            onAnswered={(next) => {
              apply(next)
              refocus()
            }}
            announce={setStatus}
          />
        )}
        {today.carriedOver && <CarriedOver carried={today.carriedOver} />}
        {today.undeliveredPrompt && (
          <p className="notice" role="note">
            {m.popover.undelivered}
          </p>
        )}
        {panel === 'stay-late' && (
          <StayLateForm
            today={today}
            onSaved={(next, until) => {
              apply(next)
              setStatus(
                m.popover.stayLate.done({
                  until: next.record.stayingLate
                    ? formatClock(next.record.stayingLate.untilAt, next.zone)
                    : until,
                }),
              )
              closePanel()
            }}
            onClose={closePanel}
          />
        )}
        {panel === 'day-off' && (
          <DayOffConfirm
            onSaved={(next) => {
              apply(next)
              setStatus(m.popover.dayOff.done)
              closePanel()
            }}
            onClose={closePanel}
          />
        )}
        {panel === 'none' && (
          <>
            <CheckInForm onSaved={apply} announce={setStatus} />
            <EarlierCheckIns checkIns={today.record.checkIns} zone={today.zone} />
          </>
        )}
      </main>
      <QuickActions
        today={today}
        phase={phase}
        panel={panel}
        onPanel={setPanel}
        onSnooze={snooze}
      />
      <p className="status-line" role="status">
        {status}
      </p>
    </div>
  )
}
