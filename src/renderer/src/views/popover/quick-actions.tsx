/** The popover's footer: the things a tray menu also offers, one press away. */
import type { TodayState, ViewName } from '../../../../shared/ipc-contract'
import type { DayPhase } from '../../format/day-phase'
import { useMessages } from '../../i18n/messages-context'

/** Which inline panel a quick action opened, if any. */
export type Panel = 'none' | 'stay-late' | 'day-off'

/** Buttons for today's state: only the ones that make sense now are shown. */
export function QuickActions({
  today,
  phase,
  panel,
  onPanel,
  onSnooze,
}: {
  today: TodayState
  phase: DayPhase
  panel: Panel
  onPanel: (panel: Panel) => void
  onSnooze: () => void
}) {
  const m = useMessages()
  const { record, plan } = today
  // A window that fails to open leaves nothing to correct here; the tray menu offers the same.
  const open = (view: ViewName) => void window.sundown.openView({ view }).catch(() => undefined)
  const dayOpen = record.workday && phase.kind !== 'left'
  const toggle = (target: Panel) => onPanel(panel === target ? 'none' : target)
  const showRitual = record.workday && record.ritual.completedAt === null
  // Once past the end the day was clearly worked; a day off then would rewrite it.
  const beforeEnd = phase.kind === 'before' || phase.kind === 'wind-down'
  const showDayOff = beforeEnd && plan.workday && !record.dayOffDeclared
  const hasDayActions = showRitual || today.prompting || dayOpen
  return (
    <nav className="quick-actions" aria-label={m.popover.actions.label}>
      {hasDayActions && (
        <div className="quick-row">
          {showRitual && (
            <button type="button" className="button primary" onClick={() => open('ritual')}>
              {m.popover.actions.startRitual}
            </button>
          )}
          {today.prompting && (
            <button type="button" className="button" onClick={onSnooze}>
              {m.popover.actions.snooze({ minutes: today.snoozeMinutes })}
            </button>
          )}
          {dayOpen && (
            <button
              type="button"
              className="button"
              aria-expanded={panel === 'stay-late'}
              aria-controls={panel === 'stay-late' ? 'stay-late' : undefined}
              onClick={() => toggle('stay-late')}
            >
              {m.popover.actions.stayLate}
            </button>
          )}
          {showDayOff && (
            <button
              type="button"
              className="button"
              aria-expanded={panel === 'day-off'}
              onClick={() => toggle('day-off')}
            >
              {m.popover.actions.dayOff}
            </button>
          )}
        </div>
      )}
      <div className="quick-row quiet">
        <button type="button" className="button link" onClick={() => open('month')}>
          {m.popover.actions.thisMonth}
        </button>
        <button type="button" className="button link" onClick={() => open('settings')}>
          {m.popover.actions.settings}
        </button>
      </div>
    </nav>
  )
}
