/** The other devices in the sync folder: each one's name, whether it counts as work, and when it was last seen. */
import type { Instant } from '../../../../core'
import type { DevicesState } from '../../../../shared/devices-state'
import { formatTimeAgo } from '../../format/relative-time'
import { useMessages } from '../../i18n/messages-context'

/** The list, or a line saying why it is empty. */
export function OtherDevices({ devices, now }: { devices: DevicesState; now: Instant }) {
  const m = useMessages()
  return (
    <div className="other-devices">
      <h3 className="subheading" id="settings-other-devices">
        {m.settings.devices.othersTitle}
      </h3>
      {devices.others.length === 0 ? (
        <p className="muted">
          {devices.folder === null ? m.settings.devices.othersOff : m.settings.devices.othersNone}
        </p>
      ) : (
        <ul className="device-list" aria-labelledby="settings-other-devices">
          {devices.others.map((device) => (
            <li key={device.id} className="device-row">
              <span className="device-name">
                {device.name.trim() || m.settings.devices.anotherDevice}
              </span>{' '}
              <span className="device-facts">
                {device.countsAsWork ? m.settings.devices.work : m.settings.devices.personal}
                {' · '}
                {device.lastSeenAt === null
                  ? m.settings.devices.neverSeen
                  : m.settings.devices.lastSeen({
                      when: formatTimeAgo(device.lastSeenAt, now, m.settings.devices.justNow),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
