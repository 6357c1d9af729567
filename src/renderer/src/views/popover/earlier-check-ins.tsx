/** Today's earlier check-ins, newest first, so the day's pattern is visible at a glance. */
import { useId } from 'react'
import type { CheckIn } from '../../../../core'
import { formatClock } from '../../format/time'
import { useMessages } from '../../i18n/messages-context'

/** The list of check-ins, or nothing when there are none yet. */
export function EarlierCheckIns({ checkIns, zone }: { checkIns: CheckIn[]; zone: string }) {
  const m = useMessages()
  const id = useId()
  if (checkIns.length === 0) return null
  return (
    <section className="earlier" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {m.popover.earlier.title}
      </h2>
      <ul className="earlier-list">
        {[...checkIns].reverse().map((checkIn) => (
          <li key={checkIn.id} className="earlier-item">
            <time className="earlier-time" dateTime={new Date(checkIn.at).toISOString()}>
              {formatClock(checkIn.at, zone)}
            </time>
            <span className="earlier-scores">
              {m.popover.earlier.entry({ energy: checkIn.energy, alignment: checkIn.alignment })}
            </span>
            {checkIn.note && <span className="earlier-note">{checkIn.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
