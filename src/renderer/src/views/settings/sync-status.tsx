/** How sync stands, said in one live region (off, syncing, folder missing, a damaged file, a new id), and when the folder was last read. */
import type { Instant } from '../../../../core'
import type { DevicesState, SyncProblem } from '../../../../shared/devices-state'
import type { Messages } from '../../../../shared/messages'
import { formatMoment, formatTimeAgo } from '../../format/relative-time'
import { useMessages } from '../../i18n/messages-context'
import { deviceNameOf } from '../../device-names'

/** The sentence for the status itself; a missing folder says since when. */
function statusSentence(devices: DevicesState, m: Messages): string {
  if (devices.status === 'off') return m.settings.devices.statusOff
  if (devices.status === 'syncing') return m.settings.devices.statusSyncing
  const missing = devices.problems.find((problem) => problem.kind === 'folder-missing')
  const since = missing?.since ?? devices.lastSyncAt
  return m.settings.devices.statusMissing({
    since: since === null ? (devices.folder ?? '') : formatMoment(since),
  })
}

/** The sentence for a problem other than the missing folder, which the status already says. */
function problemSentence(problem: SyncProblem, devices: DevicesState, m: Messages): string | null {
  switch (problem.kind) {
    case 'folder-missing':
      return null
    case 'damaged-file':
      return m.settings.devices.damagedFile({
        device: deviceNameOf(problem.device, devices) ?? m.settings.devices.anotherDevice,
        file: problem.file,
        copy: problem.movedTo,
      })
    case 'rekeyed':
      return m.settings.devices.rekeyed({ when: formatMoment(problem.at) })
  }
}

/**
 * The status and its problems sit in one polite live region, so a change is announced once;
 * "last read" moves with every read and sits outside it, so it is never announced on its own.
 */
export function SyncStatus({ devices, now }: { devices: DevicesState; now: Instant }) {
  const m = useMessages()
  const problems = devices.problems.flatMap((problem) => {
    const sentence = problemSentence(problem, devices, m)
    return sentence === null ? [] : [sentence]
  })
  const lastRead =
    devices.status !== 'syncing'
      ? null
      : devices.lastSyncAt === null
        ? m.settings.devices.notReadYet
        : m.settings.devices.lastRead({
            when: formatTimeAgo(devices.lastSyncAt, now, m.settings.devices.justNow),
          })
  return (
    <div className={`sync-status sync-${devices.status}`}>
      <div className="sync-status-live" role="status">
        <p className="sync-status-line">{statusSentence(devices, m)}</p>
        {devices.status === 'folder-missing' ? (
          <p className="sync-status-more">{m.settings.devices.missingHint}</p>
        ) : null}
        {problems.map((sentence) => (
          <p key={sentence} className="note sync-problem">
            {sentence}
          </p>
        ))}
      </div>
      {lastRead ? <p className="field-hint sync-last-read">{lastRead}</p> : null}
    </div>
  )
}
