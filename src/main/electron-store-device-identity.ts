/** This installation's device identity and sync bookkeeping in one small electron-store file (`device.json` in the data folder). */
import { randomUUID } from 'node:crypto'
import * as v from 'valibot'
import { InstantSchema } from '../shared/day-event-schema'
import { openValidatedStore, type StoreFileOptions } from './electron-store-validated'

/** Letters, digits and dashes: a device id names a folder on every file system. */
export const DEVICE_ID = /^[A-Za-z0-9-]{1,64}$/
const REMEMBERED_PREVIOUS_IDS = 20
const REMEMBERED_POSITIONS = 2_000

const DeviceIdSchema = v.pipe(v.string(), v.regex(DEVICE_ID))
const StampSchema = v.strictObject({
  wallMs: InstantSchema,
  counter: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  device: v.pipe(v.string(), v.maxLength(64)),
})
/** How far another device's file was read: its length then, and its last bytes to tell it is still the same file. */
const ReadPositionSchema = v.strictObject({
  offset: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  tail: v.pipe(v.string(), v.maxLength(128)),
})

/** Another device as its device.json last said: kept, so its role holds while the folder is away. */
const KnownDeviceSchema = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(100)),
  platform: v.pipe(v.string(), v.maxLength(20)),
  countsAsWork: v.boolean(),
  lastSeenAt: v.nullable(InstantSchema),
})

const IdentitySchema = v.strictObject({
  id: DeviceIdSchema,
  name: v.pipe(v.string(), v.maxLength(100)),
  countsAsWork: v.boolean(),
  folder: v.nullable(v.pipe(v.string(), v.maxLength(4096))),
  /** The stamp of the shared settings in force: a copy must outrank it to replace them. */
  settingsStamp: v.nullable(StampSchema),
  /** The hybrid logical clock: past every stamp seen, so the next local save outranks them all. */
  clockStamp: v.nullable(StampSchema),
  previousIds: v.pipe(v.array(DeviceIdSchema), v.maxLength(REMEMBERED_PREVIOUS_IDS)),
  /** The mark this installation last put in its `device.json` in the sync folder. */
  writeId: v.nullable(DeviceIdSchema),
  /** Own events were recorded while the folder could not be written: publish every year on the next connect. */
  pendingPublish: v.boolean(),
  readPositions: v.record(v.pipe(v.string(), v.maxLength(300)), ReadPositionSchema),
  knownDevices: v.record(DeviceIdSchema, KnownDeviceSchema),
})

/** What the identity file holds. */
export type DeviceIdentity = v.InferOutput<typeof IdentitySchema>
/** A read position in another device's file. */
export type ReadPosition = v.InferOutput<typeof ReadPositionSchema>
/** Another device as this one knows it. */
export type KnownDevice = v.InferOutput<typeof KnownDeviceSchema>

/** This device's identity: read whole, changed a few fields at a time. */
export interface DeviceIdentityStore {
  read(): Readonly<DeviceIdentity>
  /** Writes the changed fields at once (one atomic write of the small file). */
  update(change: Partial<DeviceIdentity>): void
}

/** A new device's defaults: a fresh id, the computer's name, counted as work, sync off. */
export const newIdentity = (name: string): DeviceIdentity => ({
  id: randomUUID(),
  name: name.slice(0, 100),
  countsAsWork: true,
  folder: null,
  settingsStamp: null,
  clockStamp: null,
  previousIds: [],
  writeId: null,
  pendingPublish: false,
  readPositions: {},
  knownDevices: {},
})

/** Opens `device-identity.json` in `cwd`, creating the identity once per installation. */
export function createDeviceIdentityStore(
  options: StoreFileOptions & { defaultName: () => string },
): DeviceIdentityStore {
  const { store, value } = openValidatedStore<DeviceIdentity>({
    ...options,
    name: 'device-identity',
    parse: (content) => {
      const parsed = v.safeParse(IdentitySchema, content)
      return parsed.success ? parsed.output : null
    },
    empty: () => newIdentity(options.defaultName()),
  })
  let current = value
  const save = (next: DeviceIdentity) => {
    // Checked like a read would check it: a value the schema refuses would cost the identity next start.
    const checked = v.parse(IdentitySchema, trimmed(next))
    store.store = checked
    current = checked
  }
  // Written at once: the id must be the same on the next start even if nothing else is saved.
  if (store.size === 0) save(current)
  return {
    read: () => current,
    update: (change) => save({ ...current, ...change }),
  }
}

/** The lists kept to their caps: the oldest previous ids and read positions go first. */
function trimmed(identity: DeviceIdentity): DeviceIdentity {
  const positions = Object.entries(identity.readPositions)
  return {
    ...identity,
    previousIds: identity.previousIds.slice(-REMEMBERED_PREVIOUS_IDS),
    readPositions:
      positions.length > REMEMBERED_POSITIONS
        ? Object.fromEntries(positions.slice(-REMEMBERED_POSITIONS))
        : identity.readPositions,
  }
}
