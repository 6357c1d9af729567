/** Which device saw a day's leave and where its after-hours happened, in words, only for a user with more than one device. */
import type { DayRecord } from '../../../../core'
import type { DevicesState } from '../../../../shared/devices-state'
import type { Messages } from '../../../../shared/messages'
import { deviceNameOf } from '../../device-names'
import { formatLocale } from '../../format/cached-format'
import { formatDuration } from '../../format/duration'

/** The words to add after the leave time and after the after-hours total; null adds nothing. */
export interface DeviceWords {
  /** "on Laptop" */
  leftOn: string | null
  /** "Desktop 1 h" or "Desktop 40 min, Laptop 20 min" */
  afterHours: string | null
}

const NONE: DeviceWords = { leftOn: null, afterHours: null }

/**
 * Names devices only when the user has several: others in the sync folder, or an id in the record
 * that is not this device. Unknown ids read as "another device"; unknown devices (null) say nothing.
 */
export function deviceWordsOf(
  record: DayRecord,
  devices: DevicesState | null,
  m: Pick<Messages, 'common' | 'month'>,
): DeviceWords {
  if (devices === null) return NONE
  const self = devices.thisDevice.id
  const ids = [record.leftDevice, ...record.afterHoursByDevice.map((share) => share.device)]
  const several = devices.others.length > 0 || ids.some((id) => id !== null && id !== self)
  if (!several) return NONE
  const leftName = record.leftDevice === null ? null : deviceNameOf(record.leftDevice, devices)
  const shares = record.afterHoursByDevice
    .filter((share) => share.minutes > 0)
    .map((share) =>
      m.month.deviceMinutes({
        device: deviceNameOf(share.device, devices) ?? m.month.anotherDevice,
        duration: formatDuration(share.minutes, m),
      }),
    )
  return {
    leftOn:
      record.leftDevice === null
        ? null
        : leftName === null
          ? m.month.leftOnAnotherDevice
          : m.month.leftOnDevice({ device: leftName }),
    afterHours:
      shares.length === 0
        ? null
        : new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' }).format(shares),
  }
}
