/** The sync folder wired to the app: the engine, its watcher, the Devices commands, and what the user is told. */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { app, dialog, type OpenDialogOptions } from 'electron'
import type { SyncProblem } from '../shared/devices-state'
import { channelOf } from '../shared/ipc-channels'
import { done, refused } from '../shared/ipc-result'
import { watchSyncFolder, type SyncFolderWatch } from './chokidar-sync-folder-watcher'
import type { Clock } from './clock'
import type { DeviceCommands } from './command-handlers'
import type { DayService } from './day-service'
import type { Disposers } from './disposers'
import { createFolderSync, syncStoresOf } from './folder-sync'
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

/**
 * The folder the user meant: picking the `Sundown` folder inside an already synced folder (as on
 * a second computer) means the folder around it, or the devices would land one level too deep.
 */
function syncRootOf(picked: string): string {
  return basename(picked) === 'Sundown' && existsSync(join(picked, 'devices'))
    ? dirname(picked)
    : picked
}

/** Creates the sync over the stores; the disposers close its watcher and keep its read positions. */
export function setupSync(wiring: SyncWiring): Sync {
  const { storage, day, shell, logger, clock } = wiring
  const messages = () => wiring.language.current().messages
  let watch: { folder: string; watcher: SyncFolderWatch } | null = null
  let polling = false

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
    ...syncStoresOf(storage),
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
  function follow(restart = false): void {
    const state = sync.state()
    const wanted = state.status === 'syncing' && state.folder ? devicesFolderOf(state.folder) : null
    if (!restart && watch?.folder === wanted) return
    void watch?.watcher.close()
    watch = null
    if (wanted === null) return
    const watcher = watchSyncFolder(
      wanted,
      {
        changed: (files) => void sync.changed(files),
        ready: () => void sync.readAll(),
        failed: (error) => {
          logger.warn('Watching the sync folder failed.', error)
          sync.readAll()
          // fs.watch gave up (a network share, too many watches): from now on the folder is polled.
          if (polling || watch === null) return
          polling = true
          follow(true)
        },
      },
      polling ? { poll: true } : {},
    )
    watch = { folder: wanted, watcher }
  }

  // Read positions are kept lazily (on the watchdog's tick); a quit keeps them at once.
  wiring.disposers.on(app, 'before-quit', () => sync.keepPositions())
  wiring.disposers.add(() => {
    void watch?.watcher.close()
    watch = null
    sync.keepPositions()
  })

  return {
    start: () => sync.connect(),
    tick: () => sync.tick(),
    commands: {
      state: () => sync.state(),
      async chooseFolder() {
        const options: OpenDialogOptions = {
          title: messages().main.dialogs.syncFolderTitle,
          // createDirectory is macOS's; promptToCreate lets Windows take a typed new folder's name.
          properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        }
        const parent = shell.windows.openWindowOf('settings')
        const choice = await (parent
          ? dialog.showOpenDialog(parent, options)
          : dialog.showOpenDialog(options))
        const picked = choice.filePaths[0]
        if (choice.canceled || !picked) return done(sync.state())
        const folder = syncRootOf(picked)
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
