/** Watches `<folder>/Sundown/devices` with chokidar and reports the changed files in batches, ignoring sync engines' temporary files. */
import { basename, relative, sep } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { syncFileName } from '../core/sync-file-names'
import type { ChangedFile } from './folder-sync'

/** Changes closer together than this come as one batch: a sync engine writes a temp file, then renames it. */
export const SYNC_WATCH_DEBOUNCE_MS = 250
/** How often a polled folder (a network share) is looked at. */
const POLL_INTERVAL_MS = 5_000

/** A running watch; `close` ends it. */
export interface SyncFolderWatch {
  close(): Promise<void>
}

/** What to do with what the watcher sees. */
export interface SyncFolderWatchHandlers {
  changed(files: ChangedFile[]): void
  /** The first scan is done: whatever changed while it ran was not reported, so read everything once. */
  ready(): void
  /** The watcher failed (the folder went away, too many files to watch): check the folder. */
  failed(error: unknown): void
}

/** A temporary or unknown file a sync engine or an editor is still writing: never read, never reported. */
const ignoredName = (name: string): boolean => syncFileName(name).kind === 'ignored'

/** Network shares report no change events to fs.watch; they are polled instead. */
const isNetworkPath = (path: string): boolean => path.startsWith('\\\\') || path.startsWith('//')

/** Starts watching `devicesFolder` (two levels: device folders and their files). */
export function watchSyncFolder(
  devicesFolder: string,
  handlers: SyncFolderWatchHandlers,
  options: { poll?: boolean } = {},
): SyncFolderWatch {
  const pending = new Map<string, ChangedFile>()
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    timer = null
    const files = [...pending.values()]
    pending.clear()
    if (files.length > 0) handlers.changed(files)
  }
  const poll = options.poll ?? isNetworkPath(devicesFolder)
  const watcher: FSWatcher = watch(devicesFolder, {
    ignoreInitial: true,
    depth: 1,
    usePolling: poll,
    interval: POLL_INTERVAL_MS,
    // Directories pass; a file passes only when its name is one Sundown reads.
    ignored: (path, stats) => stats?.isFile() === true && ignoredName(basename(path)),
  })
  const seen = (path: string) => {
    const parts = relative(devicesFolder, path).split(sep)
    if (parts.length !== 2) return
    const [device = '', name = ''] = parts
    if (ignoredName(name)) return
    pending.set(`${device}/${name}`, { device, name })
    timer ??= setTimeout(flush, SYNC_WATCH_DEBOUNCE_MS)
  }
  watcher.on('add', seen).on('change', seen)
  // chokidar can leave a device folder made during its first scan unwatched (seen with Syncthing
  // creating one): each new device folder is added again, and everything is read once.
  watcher.on('addDir', (path) => {
    if (relative(devicesFolder, path).split(sep).length !== 1 || path === devicesFolder) return
    watcher.add(path)
    handlers.ready()
  })
  watcher.on('ready', () => handlers.ready())
  watcher.on('error', (error) => handlers.failed(error))
  return {
    async close() {
      if (timer) clearTimeout(timer)
      timer = null
      await watcher.close()
    },
  }
}
