/** A command's refusal in words: what the popover, ritual and month windows show next to a field or under a form. */
import type { IpcProblem, RequestProblem } from '../ipc-result'
import type { Messages } from './types'

/** The sentence for one field's problem in a request. */
export function describeRequestProblem(
  problem: RequestProblem,
  m: Pick<Messages, 'common'>,
): string {
  switch (problem.code) {
    case 'scale':
      return m.common.refusals.scale
    case 'text-too-long':
      return m.common.refusals.textTooLong({ max: problem.max })
    case 'clock-time':
      return m.common.refusals.clockTime
    case 'calendar-date':
      return m.common.refusals.calendarDate
    case 'unknown-view':
      return m.common.refusals.unknownView
    case 'unknown-zone':
      return m.common.refusals.unknownZone
    case 'not-after-end':
      return m.common.refusals.notAfterEnd({ end: problem.end })
    case 'not-passed':
      return m.common.refusals.notPassed({ time: problem.time, date: problem.date })
    case 'device-name-empty':
      return m.common.refusals.deviceNameEmpty
  }
}

/** The sentence for a refusal that names no field (a `fields` refusal is worded field by field). */
export function describeRefusal(problem: IpcProblem, m: Pick<Messages, 'common'>): string {
  switch (problem.code) {
    case 'not-workday':
      return m.common.refusals.notWorkday
    case 'nothing-to-confirm':
      return m.common.refusals.nothingToConfirm({ date: problem.date })
    case 'not-sundown':
      return m.common.refusals.notSundown
    case 'sync-folder-unwritable':
      return m.common.refusals.syncFolderUnwritable({ folder: problem.folder })
    default:
      // A bug in main ('failed'), or a refusal this window never asks for: the generic line.
      return m.common.genericError
  }
}
