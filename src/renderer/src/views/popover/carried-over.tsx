/** Yesterday's first task and parked loops, shown at the top of the new day. */
import { useId } from 'react'
import type { TodayState } from '../../../../shared/ipc-contract'
import { useMessages } from '../../i18n/messages-context'

/** What yesterday's ritual handed to today. */
export function CarriedOver({ carried }: { carried: NonNullable<TodayState['carriedOver']> }) {
  const m = useMessages()
  const id = useId()
  return (
    <section className="carried-over card" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {m.popover.carriedOver.title}
      </h2>
      <dl className="carried-list">
        {carried.firstTask && (
          <div>
            <dt>{m.popover.carriedOver.firstTask}</dt>
            <dd>{carried.firstTask}</dd>
          </div>
        )}
        {carried.openLoops && (
          <div>
            <dt>{m.popover.carriedOver.openLoops}</dt>
            <dd className="keep-lines">{carried.openLoops}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
