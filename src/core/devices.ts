/** Devices: which machine saw an event, and whose presence counts toward work. */
import type { DayEvent } from './events'

/** A device's id: generated once per installation, the name of its folder in the sync folder. */
export type DeviceId = string

/** How the day's events are read when several devices recorded them. */
export interface DeviceRoles {
  /** The device reading: events without a `device` were recorded here. */
  self: DeviceId
  /** Devices marked personal: their presence records nothing toward work. */
  personal: ReadonlySet<DeviceId>
}

/** One device and nothing else: every event was recorded here. */
export const ONE_DEVICE: DeviceRoles = { self: 'this-device', personal: new Set() }

/** The device that recorded an event. */
export const deviceOf = (event: DayEvent, roles: DeviceRoles): DeviceId =>
  event.device ?? roles.self

/** Minutes seen on one device (after-hours, per device). */
export interface DeviceMinutes {
  device: DeviceId
  minutes: number
}
