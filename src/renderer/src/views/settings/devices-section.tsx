/** The Devices section: the sync folder and how it stands, this device, and the others; it acts at once, apart from the save bar. */
import { useEffect, useRef, useState, type RefObject } from 'react'
import type { DevicesState } from '../../../../shared/devices-state'
import { refusalOf } from '../../refusal'
import { useMessages } from '../../i18n/messages-context'
import { OtherDevices } from './other-devices'
import { SyncStatus } from './sync-status'
import { ThisDeviceFields } from './this-device-fields'
import { useDevices } from './use-devices'
import './devices-section.css'

const MINUTE_MS = 60_000

/** Now on main's clock (`clockOffsetMs` from the renderer's), moved on once a minute so "last seen" stays true. */
function useMinuteNow(clockOffsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs)
  useEffect(() => {
    setNow(Date.now() + clockOffsetMs)
    const timer = setInterval(() => setNow(Date.now() + clockOffsetMs), MINUTE_MS)
    return () => clearInterval(timer)
  }, [clockOffsetMs])
  return now
}

/** The section; it reads and follows the devices itself through `window.sundown`. */
export function DevicesSection({ clockOffsetMs }: { clockOffsetMs: number }) {
  const m = useMessages()
  const { devices, failed, busy, run } = useDevices()
  const now = useMinuteNow(clockOffsetMs)
  const [folderError, setFolderError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const chooseRef = useRef<HTMLButtonElement>(null)

  const folderCommand = async (command: () => Promise<Awaited<ReturnType<typeof run>>>) => {
    if (busy) return
    setFolderError(null)
    const problem = await command()
    if (problem !== undefined) setFolderError(refusalOf(problem, [], m).form)
  }
  // A click while a command is on its way is dropped; the buttons stay enabled so focus stays put.
  const choose = () => folderCommand(() => run(() => window.sundown.chooseSyncFolder()))
  const stop = async () => {
    await folderCommand(() => run(() => window.sundown.stopSync()))
    // The stop button is gone: focus goes to the button that turns sync on again.
    chooseRef.current?.focus()
  }
  const saveDevice = async (device: { name: string; countsAsWork: boolean }) => {
    setSaved(false)
    const problem = await run(() => window.sundown.saveThisDevice(device))
    if (problem === undefined) {
      setSaved(true)
      return undefined
    }
    return refusalOf(problem, ['name'], m)
  }

  return (
    <section className="settings-section devices-section" aria-labelledby="settings-devices">
      <h2 id="settings-devices">{m.settings.devices.title}</h2>
      <p className="section-hint">{m.settings.devices.hint}</p>
      {devices === null ? (
        failed ? (
          <p className="field-error" role="alert">
            {m.settings.devices.loadFailed}
          </p>
        ) : null
      ) : (
        <>
          <SyncFolder
            devices={devices}
            now={now}
            error={folderError}
            chooseRef={chooseRef}
            onChoose={() => void choose()}
            onStop={() => void stop()}
          />
          <ThisDeviceFields
            key={devices.thisDevice.id}
            device={devices.thisDevice}
            busy={busy}
            save={saveDevice}
          />
          <p className="field-status" role="status">
            {saved ? m.settings.devices.saved : ''}
          </p>
          <OtherDevices devices={devices} now={now} />
        </>
      )}
    </section>
  )
}

/** The folder, its status, and the buttons that choose, change or stop it; a refusal shows under them. */
function SyncFolder(props: {
  devices: DevicesState
  now: number
  error: string | null
  chooseRef: RefObject<HTMLButtonElement | null>
  onChoose: () => void
  onStop: () => void
}) {
  const m = useMessages()
  const { folder } = props.devices
  const errorId = 'settings-sync-folder-error'
  return (
    <div className="sync-folder">
      <h3 className="subheading">{m.settings.devices.folderTitle}</h3>
      <SyncStatus devices={props.devices} now={props.now} />
      <div className="sync-folder-row">
        <p className="sync-folder-path">
          <span className="sync-folder-label">{m.settings.devices.folderLabel}: </span>
          {folder === null ? (
            <span className="muted">{m.settings.devices.noFolder}</span>
          ) : (
            <code>{folder}</code>
          )}
        </p>
        <div className="button-row">
          <button
            ref={props.chooseRef}
            type="button"
            className="button"
            onClick={props.onChoose}
            aria-describedby={props.error ? errorId : undefined}
          >
            {folder === null ? m.settings.devices.choose : m.settings.devices.change}
          </button>
          {folder !== null ? (
            <button type="button" className="button" onClick={props.onStop}>
              {m.settings.devices.stop}
            </button>
          ) : null}
        </div>
      </div>
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <p className="field-hint">
        {folder !== null ? `${m.settings.devices.stopHint} ` : null}
        {m.settings.devices.privacy}
      </p>
    </div>
  )
}
