/** One day in full: plan, leave time and how it is known, minutes, check-ins, and the leave-time correction. */
import type { ReactNode } from 'react'
import type { DaySummary, Instant } from '../../../../core'
import type { DevicesState } from '../../../../shared/devices-state'
import { deviceWordsOf, type DeviceWords } from './device-words'
import { LeaveCorrection } from './leave-correction'
import { isJudged } from './month-numbers'
import { formatDateLong, formatDuration, formatTime, wallClockOf } from './month-format'
import { useMessages } from '../../i18n/messages-context'

/** What the detail panel needs: the day to show and whether it is the selected (editable) one. */
export interface DayDetailProps {
  id: string
  day: DaySummary | null
  editable: boolean
  today: string
  /** The devices Sundown knows of, to name them when there are several; null names none. */
  devices: DevicesState | null
  onCorrected: () => Promise<void>
}

const hostZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** " · on Laptop" after a value, or nothing. */
const andDevice = (words: string | null) => (words === null ? null : ` · ${words}`)

function LeaveRows({ day, zone, words }: { day: DaySummary; zone: string; words: DeviceWords }) {
  const m = useMessages()
  const record = day.record
  const at = (instant: Instant | null) => (instant === null ? null : formatTime(instant, zone))
  const left = at(record?.leftAt ?? null)
  const detected = record?.detected
  const corrected = record?.leftSource === 'manual' && detected && detected.leftAt !== record.leftAt
  return (
    <>
      <Row label={m.month.leftAt}>
        {left ?? (day.status === 'future' ? m.month.notYet : m.month.unknown)}
        {left === null ? null : andDevice(words.leftOn)}
      </Row>
      {record?.leftSource ? (
        <Row label={m.month.source}>
          {m.month.sourceLabel[record.leftSource]}
          {corrected ? (
            <span className="detail-aside">
              {' '}
              {m.month.detectedBefore({
                time: formatTime(detected.leftAt, zone),
                how: m.month.sourceLabel[detected.leftSource],
              })}
            </span>
          ) : null}
        </Row>
      ) : null}
    </>
  )
}

function CheckIns({ day, zone }: { day: DaySummary; zone: string }) {
  const m = useMessages()
  const checkIns = day.record?.checkIns ?? []
  return (
    <div className="detail-check-ins">
      <h3>{m.month.checkIns}</h3>
      {checkIns.length === 0 ? (
        <p className="muted">{m.month.noCheckIns}</p>
      ) : (
        <ul>
          {checkIns.map((checkIn) => (
            <li key={checkIn.id}>
              {m.month.checkInLine({
                time: formatTime(checkIn.at, zone),
                energy: checkIn.energy,
                alignment: checkIn.alignment,
              })}
              {checkIn.note ? <q className="detail-note">{checkIn.note}</q> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The panel beside the calendar; shows a hint until a day is hovered or focused. */
export function DayDetail({ id, day, editable, today, devices, onCorrected }: DayDetailProps) {
  const m = useMessages()
  if (!day) {
    return (
      <section id={id} className="day-detail" aria-label={m.month.detailTitle}>
        <p className="muted">{m.month.detailHint}</p>
      </section>
    )
  }
  const zone = day.plan?.zone ?? hostZone()
  const record = day.record
  const workday = day.plan?.workday === true && day.status !== 'day-off'
  const stayingLate = record?.stayingLate
  const dateLabel = formatDateLong(day.date)
  const words = record ? deviceWordsOf(record, devices, m) : { leftOn: null, afterHours: null }
  return (
    <section
      id={id}
      className="day-detail"
      aria-labelledby={`${id}-title`}
      data-date={day.date}
      tabIndex={-1}
    >
      <h2 id={`${id}-title`}>{dateLabel}</h2>
      <p className="detail-status">
        <span className={`legend-swatch day-cell status-${day.status}`} aria-hidden="true"></span>
        {m.month.status[day.status]}
      </p>
      {day.plan?.season ? (
        <p className="detail-season">
          {m.month.season}: {day.plan.season.name}
          {day.plan.season.intention ? ` — ${day.plan.season.intention}` : ''}
        </p>
      ) : null}
      <dl className="detail-list">
        <Row label={m.month.plannedEnd}>
          {workday && day.plan?.endAt != null
            ? formatTime(day.plan.endAt, zone)
            : m.month.notWorkday}
        </Row>
        {stayingLate ? (
          <>
            <Row label={m.month.extendedEnd}>{formatTime(stayingLate.untilAt, zone)}</Row>
            <Row label={m.month.stayingLateReason}>
              {m.month.reasonLabel[stayingLate.reason]}
              {stayingLate.note ? ` — ${stayingLate.note}` : ''}
            </Row>
          </>
        ) : null}
        {workday ? <LeaveRows day={day} zone={zone} words={words} /> : null}
        {isJudged(day) && record ? (
          <>
            <Row label={m.month.minutesLate}>{formatDuration(record.minutesLate ?? 0, m)}</Row>
            {record.plannedOvertimeMinutes > 0 ? (
              <Row label={m.month.plannedOvertime}>
                {formatDuration(record.plannedOvertimeMinutes, m)}
              </Row>
            ) : null}
            <Row label={m.month.afterHoursLabel}>
              {formatDuration(record.afterHoursMinutes, m)}
              {record.afterHoursMinutes > 0 ? andDevice(words.afterHours) : null}
            </Row>
          </>
        ) : null}
      </dl>
      <CheckIns day={day} zone={zone} />
      {editable && workday && day.date <= today ? (
        <LeaveCorrection
          key={day.date}
          date={day.date}
          dateLabel={dateLabel}
          initial={record?.leftAt != null ? wallClockOf(record.leftAt, zone) : ''}
          onCorrected={onCorrected}
        />
      ) : null}
    </section>
  )
}
