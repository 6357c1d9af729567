/** The sync folder wired to the app: the engine, its watcher, the Devices commands, and what the user is told. */
import { randomUUID } from 'node:crypto'
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dialog } from 'electron'
import type { SyncProblem } from '../shared/devices-state'
import { channelOf } from '../shared/ipc-channels'
import { done, refused } from '../shared/ipc-result'
import { watchSyncFolder, type SyncFolderWatch } from './chokidar-sync-folder-watcher'
import type { Clock } from './clock'
import type { DeviceCommands } from './command-handlers'
import type { DayService } from './day-service'
import type { Disposers } from './disposers'
import { createFolderSync } from './folder-sync'
import { devicesFolderOf } from './jsonl-device-folder'
import type { Language } from './localization'
import type { Logger } from './logger'
import type { Shell } from './setup-shell'
import type { Storage } from './storage'

/** What the sync reaches. */
export interface SyncWiring {
  clock: Clock
  platform: NodeJS.Platform
  storage: Storage
  day: DayService
  shell: Pick<Shell, 'applySettings' | 'windows'>
  language: Language
  logger: Logger
  disposers: Disposers
}

/** The sync as the composition root drives it. */
export interface Sync {
  commands: DeviceCommands
  /** Joins the folder chosen earlier, if any: after every listener of the day is in place. */
  start(): void
  /** The watchdog's tick: the folder still there, this device's "last seen" fresh. */
  tick(): void
}

/** Whether Sundown may write under `folder`: its own folders made, a file written and removed. */
function canWriteIn(folder: string): boolean {
  try {
    const devices = devicesFolderOf(folder)
    mkdirSync(devices, { recursive: true })
    const probe = join(devices, `.write-check.${process.pid}.tmp`)
    writeFileSync(probe, '')
    unlinkSync(probe)
    return true
  } catch {
    return false
  }
}

/** Creates the sync over the stores; the disposers close its watcher and keep its read positions. */
export function setupSync(wiring: SyncWiring): Sync {
  const { storage, day, shell, logger, clock } = wiring
  const messages = () => wiring.language.current().messages
  let watch: { folder: string; watcher: SyncFolderWatch } | null = null

  const tell = (problem: SyncProblem) => {
    const m = messages()
    const message =
      problem.kind === 'folder-missing'
        ? {
            title: m.main.dialogs.syncFolderMissingTitle,
            detail: m.main.dialogs.syncFolderMissingDetail(problem),
          }
        : problem.kind === 'rekeyed'
          ? { title: m.main.dialogs.rekeyedTitle, detail: m.main.dialogs.rekeyedDetail(problem) }
          : null
    if (message)
      void dialog.showMessageBox({
        type: 'warning',
        message: message.title,
        detail: message.detail,
      })
  }

  const sync = createFolderSync({
    identity: storage.identity,
    days: storage.days,
    settings: storage.settings,
    writes: storage.writes,
    dataFolder: storage.folder,
    platform: wiring.platform,
    now: clock.now,
    today: () => day.dateOf(clock.now()),
    newId: randomUUID,
    logger,
    recordChanged: () => void day.changed(),
    settingsApplied: () => {
      shell.applySettings()
      day.changed()
    },
    stateChanged: () => {
      follow()
      shell.windows.broadcast(channelOf('devicesChanged'), sync.state())
    },
    tell,
  })

  /** Watches the devices folder while syncing, and nothing otherwise. */
  function follow(): void {
    const state = sync.state()
    const wanted = state.status === 'syncing' && state.folder ? devicesFolderOf(state.folder) : null
    if (watch?.folder === wanted) return
    void watch?.watcher.close()
    watch = null
    if (wanted === null) return
    const watcher = watchSyncFolder(wanted, {
      changed: (files) => void sync.changed(files),
      ready: () => void sync.readAll(),
      failed: (error) => {
        logger.warn(`Watching the sync folder failed: ${String(error)}`)
        sync.readAll()
      },
    })
    watch = { folder: wanted, watcher }
  }

  wiring.disposers.add(() => {
    void watch?.watcher.close()
    watch = null
    sync.dispose()
  })

  return {
    start: () => sync.connect(),
    tick: () => sync.tick(),
    commands: {
      state: () => sync.state(),
      async chooseFolder() {
        const choice = await dialog.showOpenDialog({
          title: messages().main.dialogs.syncFolderTitle,
          properties: ['openDirectory', 'createDirectory'],
        })
        const folder = choice.filePaths[0]
        if (choice.canceled || !folder) return done(sync.state())
        if (!canWriteIn(folder)) return refused({ code: 'sync-folder-unwritable', folder })
        sync.turnOn(folder)
        return done(sync.state())
      },
      stop() {
        sync.stop()
        return sync.state()
      },
      saveThisDevice(device) {
        sync.saveThisDevice(device)
        return sync.state()
      },
    },
  }
}
